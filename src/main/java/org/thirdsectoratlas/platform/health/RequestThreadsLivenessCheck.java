package org.thirdsectoratlas.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Not alive when several requests have been running far longer than any answer takes: their threads are stuck,
 * and a restart serves users better than a server that accepts requests it never answers. One slow export is
 * not enough; {@code atlas.liveness.stuck-requests} (4) requests past {@code atlas.liveness.stuck-after-seconds}
 * (120) are.
 */
@Liveness
@ApplicationScoped
public class RequestThreadsLivenessCheck implements HealthCheck {

    private InFlightRequests requests;
    private long stuckAfterSeconds;
    private long stuckRequests;

    protected RequestThreadsLivenessCheck() {
        // for CDI proxies
    }

    @Inject
    public RequestThreadsLivenessCheck(InFlightRequests requests,
            @ConfigProperty(name = "atlas.liveness.stuck-after-seconds", defaultValue = "120") long stuckAfterSeconds,
            @ConfigProperty(name = "atlas.liveness.stuck-requests", defaultValue = "4") long stuckRequests) {
        this.requests = requests;
        this.stuckAfterSeconds = stuckAfterSeconds;
        this.stuckRequests = stuckRequests;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("request-threads")
                .status(alive())
                .withData("running", requests.running())
                .withData("runningLongerThan" + stuckAfterSeconds + "s", requests.runningLongerThan(stuckAfterSeconds))
                .build();
    }

    /** Fewer than the limit of requests are stuck. */
    public boolean alive() {
        return requests.runningLongerThan(stuckAfterSeconds) < stuckRequests;
    }
}
