package org.thirdsectoratlas.insights.application;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An insight computed ahead, as served: when it was computed and how often it is recomputed, so a
 * caller knows it may be up to {@code refreshSeconds} (plus one computation) older than the graph.
 */
@Schema(requiredProperties = {"computedAt", "refreshSeconds", "insight"})
public record Snapshot<T>(Instant computedAt, long refreshSeconds, T insight) {

    public <R> Snapshot<R> with(R other) {
        return new Snapshot<>(computedAt, refreshSeconds, other);
    }
}
