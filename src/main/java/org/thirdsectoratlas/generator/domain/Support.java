package org.thirdsectoratlas.generator.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Infrastructure support and funding. A city's main infrastructure body supports over half of its
 * front-line organisations (a hub of hundreds to thousands of ties); forums, regional and national
 * bodies support fewer. Funders fund organisations and networks in their area.
 */
final class Support {

    private static final String[] FUNDING = {"grant funding", "core funding", "in-kind support",
            "capacity-building grant"};

    private Support() {
    }

    static void generate(Sampler sampler, Emitter out, Population orgs, Networks networks) {
        for (int i = 0; i < orgs.size(); i++) {
            if (!orgs.kinds[i].frontLine()) {
                continue;
            }
            supportedBy(sampler, out, orgs, i, orgs.mainInfrastructure[orgs.city[i]], 0.55);
            supportedBy(sampler, out, orgs, i, orgs.forum[orgs.city[i]], 0.15);
            supportedBy(sampler, out, orgs, i, orgs.regionalInfrastructure[orgs.region(i)], 0.10);
            supportedBy(sampler, out, orgs, i, sampler.pick(orgs.nationalInfrastructure), 0.03);
        }
        for (int i = 0; i < orgs.size(); i++) {
            if (orgs.kinds[i] == OrganisationKind.FUNDER) {
                fund(sampler, out, orgs, networks, i);
            }
        }
    }

    private static void supportedBy(Sampler sampler, Emitter out, Population orgs, int i, int body,
                                    double probability) {
        if (sampler.chance(probability)) {
            out.tie("SUPPORTED_BY", "Organisation", orgs.ids[i], "Organisation", orgs.ids[body]);
        }
    }

    /** National funders fund anywhere, the others in their own city; 30% of grants go to networks. */
    private static void fund(Sampler sampler, Emitter out, Population orgs, Networks networks, int funder) {
        boolean national = contains(orgs.nationalFunders, funder);
        int grants = national ? sampler.between(40, 120) : sampler.between(5, 40);
        List<String> funded = new ArrayList<>();
        for (int g = 0; g < grants; g++) {
            boolean network = sampler.chance(0.3);
            String label = network ? "Network" : "Organisation";
            String target = network ? networks.ids[sampler.below(networks.ids.length)]
                    : orgs.ids[national ? sampler.below(orgs.size()) : orgs.inCity(sampler, orgs.city[funder])];
            if (!target.equals(orgs.ids[funder]) && !funded.contains(target)) {
                funded.add(target);
                out.tie("FUNDS", "Organisation", orgs.ids[funder], label, target,
                        Map.of("statedAs", FUNDING[sampler.below(FUNDING.length)]));
            }
        }
    }

    private static boolean contains(int[] items, int item) {
        for (int i : items) {
            if (i == item) {
                return true;
            }
        }
        return false;
    }
}
