package org.thirdsectoratlas.generator.domain;

import java.util.List;

import org.thirdsectoratlas.seed.domain.SeedDataset;
import org.thirdsectoratlas.seed.domain.SeedNode;

/**
 * What generated ecosystems share with the research seed instead of inventing: its communities (weighted
 * like the survey), its consortium structures and the nation its geography hangs from.
 */
public record ReferenceData(List<SurveyCommunity> communities, List<String> structures, String nationId) {

    /** A community and how often the survey named it as a primary and as an additional community. */
    public record SurveyCommunity(String id, double primaryWeight, double additionalWeight) {
    }

    /**
     * Categories missing from the survey's primary (or additional) list still occur, rarely: the survey
     * asked ten organisations, so an absent category is "rare", not "never".
     */
    static final double ABSENT_WEIGHT = 2;

    public ReferenceData {
        if (communities.isEmpty() || structures.isEmpty()) {
            throw new IllegalArgumentException("the seed has no communities or consortium structures");
        }
    }

    public static ReferenceData from(SeedDataset seed) {
        List<SurveyCommunity> communities = seed.nodes().stream()
                .filter(n -> n.label().equals("Community"))
                .map(n -> new SurveyCommunity(n.id(), weight(n, "surveyPrimaryPercent"),
                        weight(n, "surveyAdditionalPercent")))
                .toList();
        List<String> structures = seed.nodes().stream()
                .filter(n -> n.label().equals("ConsortiumStructure")).map(SeedNode::id).toList();
        String nation = seed.nodes().stream()
                .filter(n -> n.label().equals("Locality") && "NATION".equals(n.properties().get("kind")))
                .map(SeedNode::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the seed has no NATION locality"));
        return new ReferenceData(communities, structures, nation);
    }

    WeightedChoice primaryChoice() {
        return new WeightedChoice(communities.stream().mapToDouble(SurveyCommunity::primaryWeight).toArray());
    }

    WeightedChoice additionalChoice() {
        return new WeightedChoice(communities.stream().mapToDouble(SurveyCommunity::additionalWeight).toArray());
    }

    private static double weight(SeedNode node, String property) {
        Object percent = node.properties().get(property);
        return percent instanceof Number n ? n.doubleValue() : ABSENT_WEIGHT;
    }
}
