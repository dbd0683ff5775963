package org.thirdsectoratlas.generator.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shared resources: one node per resource, shared by its owner and (usually) a few neighbours in the
 * same ward; some resources belong to a network and are shared with a few of its members.
 */
final class Resources {

    static final int ORGANISATIONS_PER_RESOURCE = 8;
    private static final String[] KINDS = {"PREMISES", "STAFF", "TRAINING", "TRANSLATION", "BACK_OFFICE",
            "EXPERTISE", "EQUIPMENT"};
    private static final String[] WORDS = {"premises", "shared staff", "training programme",
            "translation service", "back office", "expertise", "equipment"};
    private static final WeightedChoice KIND = new WeightedChoice(25, 10, 15, 8, 12, 20, 10);

    private Resources() {
    }

    static void generate(Sampler sampler, Emitter out, Population orgs, Networks networks) {
        int count = orgs.size() / ORGANISATIONS_PER_RESOURCE;
        int next = 0;
        for (int k = 0; k < count; k++) {
            int owner = sampler.below(orgs.size());
            int kind = KIND.pick(sampler);
            String id = resource(out, next++, orgs.names[owner] + " " + WORDS[kind], kind);
            List<Integer> sharers = new ArrayList<>(List.of(owner));
            int extra = sampler.chance(0.35) ? 0 : sampler.between(1, 4);
            for (int attempt = 0; sharers.size() <= extra && attempt < 3 * extra; attempt++) {
                int other = sampler.pick(orgs.byWard[orgs.ward[owner]]);
                if (!sharers.contains(other)) {
                    sharers.add(other);
                }
            }
            for (int sharer : sharers) {
                out.tie("SHARES", "Organisation", orgs.ids[sharer], "Resource", id, Map.of("kind", KINDS[kind]));
            }
        }
        for (int k = 0; k < networks.ids.length / 10; k++) {
            int network = sampler.below(networks.ids.length);
            int kind = KIND.pick(sampler);
            String id = resource(out, next++, "Network " + WORDS[kind], kind);
            out.tie("SHARES", "Network", networks.ids[network], "Resource", id, Map.of("kind", KINDS[kind]));
            List<Integer> members = networks.members.get(network);
            List<Integer> sharers = new ArrayList<>();
            for (int attempt = 0; sharers.size() < 3 && attempt < 6; attempt++) {
                int member = sampler.pick(members);
                if (!sharers.contains(member)) {
                    sharers.add(member);
                    out.tie("SHARES", "Organisation", orgs.ids[member], "Resource", id, Map.of("kind", KINDS[kind]));
                }
            }
        }
    }

    private static String resource(Emitter out, int number, String name, int kind) {
        String id = out.id("res", number);
        out.node("Resource", id, Map.of("name", name, "kind", KINDS[kind],
                "description", "Generated shared resource."));
        return id;
    }
}
