package org.thirdsectoratlas.generator.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consortia of 3 to 12 partners from one city, in the research's three structures (lead partner the most
 * common, partnership of equals the least), with the structure's roles; and the contracts they deliver,
 * commissioned by the city council or the region's integrated care board.
 */
final class Consortia {

    static final int ORGANISATIONS_PER_CONSORTIUM = 40;
    static final int MIN_PARTNERS = 3;
    static final int MAX_PARTNERS = 12;
    static final String[] STRUCTURES = {"LEAD_PARTNER", "UMBRELLA", "PARTNERSHIP_OF_EQUALS"};
    private static final WeightedChoice STRUCTURE = new WeightedChoice(55, 27, 18);
    private static final LocalDate EARLIEST_START = LocalDate.of(2018, 4, 1);
    private static final LocalDate LATEST_START = LocalDate.of(2025, 4, 1);

    private final Population orgs;
    private final Emitter out;
    private final Sampler sampler;
    private int contracts;

    private Consortia(Population orgs, Emitter out, Sampler sampler) {
        this.orgs = orgs;
        this.out = out;
        this.sampler = sampler;
    }

    static void generate(Sampler sampler, Emitter out, Population orgs, ReferenceData reference) {
        for (String structure : STRUCTURES) {
            if (!reference.structures().contains(structure)) {
                throw new IllegalArgumentException("the seed lacks the consortium structure " + structure);
            }
        }
        Consortia consortia = new Consortia(orgs, out, sampler);
        int count = Math.max(4, orgs.size() / ORGANISATIONS_PER_CONSORTIUM);
        for (int k = 0; k < count; k++) {
            consortia.consortium(k);
        }
        // Some contracts go to one large organisation rather than a consortium.
        for (int k = 0; k < orgs.size() / 250; k++) {
            int c = orgs.places.cityChoice.pick(sampler);
            int deliverer = consortia.largest(consortia.candidates(c, 4));
            consortia.contract(c, "Organisation", orgs.ids[deliverer]);
        }
    }

    private void consortium(int k) {
        int c = orgs.places.cityChoice.pick(sampler);
        String structure = STRUCTURES[STRUCTURE.pick(sampler)];
        double u = sampler.unit();
        int size = Math.min(MAX_PARTNERS, MIN_PARTNERS + (int) (10 * u * u));
        List<Integer> partners = candidates(c, size);
        int leader = structure.equals("UMBRELLA") && sampler.chance(0.5)
                ? orgs.mainInfrastructure[c] : largest(partners);
        if (!partners.contains(leader)) {
            partners.set(partners.size() - 1, leader);
        }
        String id = out.id("cons", k);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", orgs.places.cityNames[c] + " " + sampler.pick(Names.THEMES) + " Consortium");
        props.put("structure", structure);
        props.put("description", "Generated consortium of " + partners.size() + " organisations.");
        out.node("Consortium", id, props);
        out.tie("HAS_STRUCTURE", "Consortium", id, "ConsortiumStructure", structure);
        for (int partner : partners) {
            out.tie("PARTNER_IN", "Organisation", orgs.ids[partner], "Consortium", id,
                    Map.of("role", role(structure, partner == leader)));
        }
        int delivered = sampler.geometric(0.9, 4);
        for (int d = 0; d < delivered; d++) {
            contract(c, "Consortium", id);
        }
    }

    private String role(String structure, boolean leads) {
        return switch (structure) {
            case "LEAD_PARTNER" -> leads ? "lead" : sampler.chance(0.25) ? "subcontractor" : "minor";
            case "UMBRELLA" -> leads ? "manager" : "delivery";
            default -> "equal";
        };
    }

    private void contract(int c, String delivererLabel, String delivererId) {
        String id = out.id("contract", contracts++);
        LocalDate start = sampler.date(EARLIEST_START, LATEST_START);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", sampler.pick(Names.THEMES) + " services in " + orgs.places.cityNames[c]);
        props.put("value", 1_000.0 * Math.round(Math.exp(Math.log(50) + sampler.unit() * Math.log(40))));
        props.put("startDate", start);
        props.put("endDate", start.plusYears(sampler.between(1, 5)).minusDays(1));
        props.put("description", "Generated contract.");
        out.node("Contract", id, props);
        out.tie("DELIVERS", delivererLabel, delivererId, "Contract", id);
        int commissioner = sampler.chance(0.65) ? orgs.council[c] : orgs.careBoard[orgs.places.cityRegion[c]];
        out.tie("COMMISSIONED_BY", "Contract", id, "Organisation", orgs.ids[commissioner]);
    }

    /** Distinct front-line or infrastructure organisations of a city (fewer if the city is too small). */
    private List<Integer> candidates(int c, int wanted) {
        List<Integer> chosen = new ArrayList<>();
        for (int attempt = 0; chosen.size() < wanted && attempt < 20 * wanted; attempt++) {
            int candidate = orgs.inCity(sampler, c);
            OrganisationKind kind = orgs.kinds[candidate];
            if ((kind.frontLine() || kind == OrganisationKind.INFRASTRUCTURE_BODY) && !chosen.contains(candidate)) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    private int largest(List<Integer> partners) {
        int best = partners.get(0);
        for (int p : partners) {
            if (orgs.bands[p] > orgs.bands[best]) {
                best = p;
            }
        }
        return best;
    }
}
