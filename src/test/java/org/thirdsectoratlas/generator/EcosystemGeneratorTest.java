package org.thirdsectoratlas.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.generator.domain.EcosystemDigest;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.GeneratedNode;
import org.thirdsectoratlas.generator.domain.GeneratedTie;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.seed.domain.SeedNode;
import org.thirdsectoratlas.seed.domain.SeedParser;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.testing.TestGraph;

/** The generator's output for size S, checked in memory: deterministic, the right counts, a realistic shape. */
class EcosystemGeneratorTest {

    private static final Generation S = new Generation(42, EcosystemSize.S);
    private static CollectedEcosystem eco;

    @BeforeAll
    static void generate() {
        eco = CollectedEcosystem.of(S);
    }

    @Test
    void theSameSeedAndSizeGiveTheSameOutputAndAnotherSeedDoesNot() {
        String first = EcosystemDigest.of(CollectedEcosystem.generator(), S);
        String again = EcosystemDigest.of(CollectedEcosystem.generator(), new Generation(42, EcosystemSize.S));
        String otherSeed = EcosystemDigest.of(CollectedEcosystem.generator(), new Generation(43, EcosystemSize.S));
        String otherSize = EcosystemDigest.of(CollectedEcosystem.generator(), new Generation(42, EcosystemSize.parse("500")));

        assertEquals(first, again);
        assertNotEquals(first, otherSeed);
        assertNotEquals(first, otherSize);
    }

    @Test
    void sizeSHas3500OrganisationsAndAboutTenTiesEach() {
        assertEquals(3_500, eco.nodes("Organisation").size());
        assertEquals(3_500 / 25, eco.nodes("Network").size());
        assertEquals(3_500 / 40, eco.nodes("Consortium").size());
        assertTrue(eco.ties().size() > 8 * 3_500 && eco.ties().size() < 12 * 3_500, "ties: " + eco.ties().size());
    }

    @Test
    void idsAreUniqueAndNeverCollideWithTheResearchSeed() {
        Set<String> seedIds = new SeedParser(new DirectorySeedSource(TestGraph.SEED)).parse().nodes().stream()
                .map(SeedNode::id).collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        for (GeneratedNode node : eco.nodes()) {
            assertTrue(node.id().startsWith("gen-s-"), node.id());
            assertTrue(ids.add(node.id()), "duplicate id " + node.id());
        }
        assertTrue(ids.stream().noneMatch(seedIds::contains));
        // Every tie ends at a generated node emitted before it, or at a node of the research seed.
        Set<String> emitted = new HashSet<>(seedIds);
        eco.nodes().forEach(n -> emitted.add(n.id()));
        for (GeneratedTie tie : eco.ties()) {
            assertTrue(emitted.contains(tie.fromId()) && emitted.contains(tie.toId()), tie.toString());
        }
        Set<String> tieKeys = new HashSet<>();
        eco.ties().forEach(t -> assertTrue(tieKeys.add(t.type() + t.fromId() + ">" + t.toId()), "twice: " + t));
    }

    @Test
    void everyElementSaysWhenItWasLastConfirmedAndTiesAreMostlyConfirmed() {
        assertTrue(eco.nodes().stream().allMatch(n -> n.properties().containsKey("lastConfirmed")));
        assertTrue(eco.ties().stream().allMatch(t -> t.properties().containsKey("lastConfirmed")));
        Map<Object, Long> status = eco.ties().stream()
                .collect(Collectors.groupingBy(t -> t.properties().get("status"), Collectors.counting()));
        assertEquals(Set.of("CONFIRMED", "CLAIMED"), status.keySet());
        assertTrue(status.get("CONFIRMED") > 4 * status.get("CLAIMED"), status.toString());
    }

    @Test
    void networkSizesAreHeavyTailed() {
        List<Long> sizes = eco.countBy("MEMBER_OF", GeneratedTie::toId).values().stream().sorted().toList();
        assertEquals(eco.nodes("Network").size(), sizes.size(), "every network has members");
        long median = sizes.get(sizes.size() / 2);
        long largest = sizes.get(sizes.size() - 1);
        assertTrue(sizes.get(0) >= 3, "smallest " + sizes.get(0));
        assertTrue(largest >= 10 * median, "largest " + largest + ", median " + median);
        assertTrue(largest >= 300, "a hub network: " + largest);
    }

    @Test
    void consortiaHave3To12PartnersInTheThreeStructuresWithTheirRoles() {
        Map<String, List<Object>> roles = eco.ties("PARTNER_IN").stream().collect(Collectors.groupingBy(
                GeneratedTie::toId, Collectors.mapping(t -> t.properties().get("role"), Collectors.toList())));
        Map<String, Object> structures = new HashMap<>();
        eco.nodes("Consortium").forEach(c -> structures.put(c.id(), c.properties().get("structure")));
        assertEquals(structures.keySet(), roles.keySet());
        assertEquals(Set.of("LEAD_PARTNER", "UMBRELLA", "PARTNERSHIP_OF_EQUALS"), Set.copyOf(structures.values()));
        roles.forEach((consortium, partnerRoles) -> {
            assertTrue(partnerRoles.size() >= 3 && partnerRoles.size() <= 12, consortium + ": " + partnerRoles);
            switch ((String) structures.get(consortium)) {
                case "LEAD_PARTNER" -> {
                    assertEquals(1, partnerRoles.stream().filter("lead"::equals).count(), partnerRoles.toString());
                    assertTrue(partnerRoles.stream().allMatch(Set.of("lead", "minor", "subcontractor")::contains));
                }
                case "UMBRELLA" -> {
                    assertEquals(1, partnerRoles.stream().filter("manager"::equals).count(), partnerRoles.toString());
                    assertTrue(partnerRoles.stream().allMatch(Set.of("manager", "delivery")::contains));
                }
                default -> assertTrue(partnerRoles.stream().allMatch("equal"::equals));
            }
        });
        assertEquals(structures.size(), eco.ties("HAS_STRUCTURE").size());
        Map<Object, Long> byStructure = structures.values().stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertTrue(byStructure.get("LEAD_PARTNER") > byStructure.get("PARTNERSHIP_OF_EQUALS"),
                "lead partner is the most common structure, equals the least: " + byStructure);
    }

    @Test
    void collaborationsAreMostlyWithinTheWard() {
        Map<String, String> wardOf = new HashMap<>();
        eco.ties("OPERATES_IN").stream().filter(t -> t.toId().startsWith("gen-s-ward-"))
                .forEach(t -> wardOf.put(t.fromId(), t.toId()));
        List<GeneratedTie> between = eco.ties("COLLABORATES_WITH").stream()
                .filter(t -> wardOf.containsKey(t.fromId()) && wardOf.containsKey(t.toId())).toList();
        long sameWard = between.stream().filter(t -> wardOf.get(t.fromId()).equals(wardOf.get(t.toId()))).count();
        assertTrue(between.size() > 3_000, "collaborations between ward-based organisations: " + between.size());
        assertTrue(sameWard > 0.7 * between.size(), sameWard + " of " + between.size());
    }

    @Test
    void primaryCommunitiesFollowTheSurvey() {
        Map<String, Long> primary = eco.ties("SUPPORTS").stream()
                .filter(t -> Boolean.TRUE.equals(t.properties().get("primary")))
                .collect(Collectors.groupingBy(GeneratedTie::toId, Collectors.counting()));
        long youngPeople = primary.get("young-people-and-care-leavers");
        long homeless = primary.get("homeless-no-fixed-abode");
        long mentalHealth = primary.getOrDefault("people-with-mental-health-issues", 0L);
        // Survey: 22% name young people as their primary community, 11% homelessness, none mental health.
        assertEquals(2.0, (double) youngPeople / homeless, 0.4);
        assertTrue(mentalHealth < homeless / 3, "rare when the survey had none: " + mentalHealth);
    }

    @Test
    void infrastructureBodiesSupportManyOrganisations() {
        long busiest = eco.countBy("SUPPORTED_BY", GeneratedTie::toId).values().stream()
                .mapToLong(Long::longValue).max().orElse(0);
        assertTrue(busiest >= 500, "the busiest infrastructure body supports " + busiest);
        assertTrue(eco.ties("COMMISSIONED_BY").size() == eco.nodes("Contract").size());
    }
}
