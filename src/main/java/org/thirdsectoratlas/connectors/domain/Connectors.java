package org.thirdsectoratlas.connectors.domain;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The network's connectors, computed ahead over the whole trust graph.
 *
 * @param computedAt         when this answer was computed
 * @param staleness          how old it may be (the refresh rule)
 * @param singlePointsOfFailure organisations whose loss cuts others off from every trust path, most cut off first
 * @param brokers            organisations on the most shortest trust pathways between others, highest first
 * @param betweennessExact   false when the betweenness was estimated from sampled sources
 */
@Schema(requiredProperties = {"computedAt", "organisations", "groups", "singlePointsOfFailure", "brokers", "betweennessExact", "betweennessSources", "computeMillis"})
public record Connectors(Instant computedAt, String staleness, int organisations, int groups,
                         List<SinglePointOfFailure> singlePointsOfFailure, List<Broker> brokers,
                         boolean betweennessExact, int betweennessSources, long computeMillis) {

    @Schema(requiredProperties = {"id", "name"})
    public record OrganisationRef(String id, String name) {
    }

    /** @param cutOff the organisations cut off (at most 50 listed; cutOffCount has them all) */
    @Schema(requiredProperties = {"id", "name", "cutOffCount", "cutOff", "betweenness"})
    public record SinglePointOfFailure(String id, String name, int cutOffCount, List<OrganisationRef> cutOff,
                                       double betweenness) {
    }

    /** @param normalised betweenness divided by the number of pairs of other organisations */
    @Schema(requiredProperties = {"id", "name", "betweenness", "normalised", "singlePointOfFailure"})
    public record Broker(String id, String name, double betweenness, double normalised,
                         boolean singlePointOfFailure) {
    }
}
