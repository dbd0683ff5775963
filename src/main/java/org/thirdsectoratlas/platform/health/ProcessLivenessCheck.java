package org.thirdsectoratlas.platform.health;

import java.lang.management.ManagementFactory;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** The process is alive while it is not about to run out of heap. */
@Liveness
@ApplicationScoped
public class ProcessLivenessCheck implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        double used = (double) heap.getUsed() / max;
        return HealthCheckResponse.named("process")
                .status(used < MAX_HEAP_USE)
                .withData("heapUsedMiB", heap.getUsed() / (1024 * 1024))
                .withData("heapMaxMiB", max / (1024 * 1024))
                .withData("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
                .build();
    }
}
