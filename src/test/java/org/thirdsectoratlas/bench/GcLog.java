package org.thirdsectoratlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The server's stop-the-world collector pauses, from the GC log the benchmark has it write ({@code -Xlog:gc} with
 * the time decorator, set by {@link ServerControl} when it starts the server), e.g.
 * {@code [2026-11-26T07:30:01.123+0000][12.3s] GC(12) Pause Young (Normal) (G1 Evacuation Pause)
 * 512M->300M(4096M) 12.345ms}: so a grid cell can say how much of its tail was the collector.
 */
final class GcLog {

    /** One pause: when it ended, how long, and the heap in use after it. */
    record Pause(Instant at, double millis, long afterMiB) {
    }

    /** The pauses within one window. */
    record Summary(int count, double totalMillis, double longestMillis) {
        String row() {
            return count == 0 ? "0" : String.format("%d / %.0f / %.0f", count, totalMillis, longestMillis);
        }
    }

    private static final Pattern PAUSE = Pattern.compile(
            "^\\[([^\\]]+)\\]\\[[^\\]]+\\] GC\\(\\d+\\) Pause .*?(\\d+)M->(\\d+)M\\(\\d+M\\) (\\d+\\.\\d+)ms$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final Path logs;

    GcLog(Path logs) {
        this.logs = logs;
    }

    List<Pause> pauses() throws IOException {
        List<Pause> all = new ArrayList<>();
        if (!Files.isDirectory(logs)) {
            return all;
        }
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("gc.*\\.log.*")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher m = PAUSE.matcher(line);
                    if (m.find()) {
                        all.add(new Pause(OffsetDateTime.parse(m.group(1), TIME).toInstant(),
                                Double.parseDouble(m.group(4)), Long.parseLong(m.group(3))));
                    }
                }
            }
        }
        all.sort(Comparator.comparing(Pause::at));
        return all;
    }

    Summary between(Instant from, Instant to) throws IOException {
        int count = 0;
        double total = 0;
        double longest = 0;
        for (Pause p : pauses()) {
            if (!p.at().isBefore(from) && !p.at().isAfter(to)) {
                count++;
                total += p.millis();
                longest = Math.max(longest, p.millis());
            }
        }
        return new Summary(count, total, longest);
    }

    /** The heap in use after the last pause before {@code at} (the live data plus what the young collection kept). */
    long heapAfterLastPauseMiB(Instant at) throws IOException {
        long after = -1;
        for (Pause p : pauses()) {
            if (p.at().isBefore(at)) {
                after = p.afterMiB();
            }
        }
        return after;
    }
}
