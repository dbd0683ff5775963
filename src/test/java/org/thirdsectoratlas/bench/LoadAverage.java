package org.thirdsectoratlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's 1-minute load average, from /proc/loadavg: the machine is shared with other builds. */
final class LoadAverage {

    private LoadAverage() {
    }

    static double now() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
