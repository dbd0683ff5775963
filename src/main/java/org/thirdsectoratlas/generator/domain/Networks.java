package org.thirdsectoratlas.generator.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Networks of a city, a region or the nation. Organisations join mostly their own city's networks and
 * choose among them by a Zipf law, so a few networks gather hundreds or thousands of members (the hubs
 * pathways must handle) while most stay small.
 */
final class Networks {

    static final int ORGANISATIONS_PER_NETWORK = 25;
    static final int MINIMUM_MEMBERS = 3;
    private static final String[] FORMALITY = {"INFORMAL", "SEMI_FORMAL", "FORMAL"};
    private static final WeightedChoice NETWORK_FORMALITY = new WeightedChoice(45, 35, 20);
    private static final WeightedChoice LEVEL = new WeightedChoice(70, 20, 10);
    private static final double ZIPF_EXPONENT = 1.0;

    final String[] ids;
    /** Members of each network, as organisation indices. */
    final List<List<Integer>> members = new ArrayList<>();
    private final int[] level;
    private final int[] home;

    private Networks(int count) {
        ids = new String[count];
        level = new int[count];
        home = new int[count];
    }

    static Networks generate(Sampler sampler, Emitter out, Population orgs, ReferenceData reference) {
        Geography places = orgs.places;
        Networks n = new Networks(Math.max(8, orgs.size() / ORGANISATIONS_PER_NETWORK));
        List<List<Integer>> cityPools = pools(places.cities());
        List<List<Integer>> regionPools = pools(places.regions());
        List<Integer> nationalPool = new ArrayList<>();
        WeightedChoice communities = reference.additionalChoice();
        for (int k = 0; k < n.ids.length; k++) {
            n.ids[k] = out.id("net", k);
            n.level[k] = LEVEL.pick(sampler);
            n.home[k] = switch (n.level[k]) {
                case 0 -> places.cityChoice.pick(sampler);
                case 1 -> sampler.below(places.regions());
                default -> 0;
            };
            (switch (n.level[k]) {
                case 0 -> cityPools.get(n.home[k]);
                case 1 -> regionPools.get(n.home[k]);
                default -> nationalPool;
            }).add(k);
            n.members.add(new ArrayList<>());
            String place = switch (n.level[k]) {
                case 0 -> places.cityNames[n.home[k]];
                case 1 -> places.regionNames[n.home[k]];
                default -> "National";
            };
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", place + " " + sampler.pick(Names.THEMES) + " " + sampler.pick(Names.NETWORK_FORMS));
            props.put("formality", FORMALITY[NETWORK_FORMALITY.pick(sampler)]);
            props.put("description", "Generated network of organisations.");
            out.node("Network", n.ids[k], props);
            n.placeTies(k, sampler, out, orgs, reference, communities);
        }
        n.join(sampler, orgs, cityPools, regionPools, nationalPool);
        for (int k = 0; k < n.ids.length; k++) {
            for (int member : n.members.get(k)) {
                Map<String, Object> props = sampler.chance(0.03) ? Map.of("role", "steering group") : Map.of();
                out.tie("MEMBER_OF", "Organisation", orgs.ids[member], "Network", n.ids[k], props);
            }
        }
        return n;
    }

    /** Where the network works, whom it serves and which infrastructure body supports it. */
    private void placeTies(int k, Sampler sampler, Emitter out, Population orgs, ReferenceData reference,
                           WeightedChoice communities) {
        Geography places = orgs.places;
        String where = switch (level[k]) {
            case 0 -> places.cityIds[home[k]];
            case 1 -> places.regionIds[home[k]];
            default -> places.nationId;
        };
        out.tie("OPERATES_IN", "Network", ids[k], "Locality", where, Map.of("basis", "name"));
        int served = sampler.between(1, 3);
        List<Integer> chosen = new ArrayList<>();
        for (int attempt = 0; chosen.size() < served && attempt < 6; attempt++) {
            int c = communities.pick(sampler);
            if (!chosen.contains(c)) {
                chosen.add(c);
                out.tie("SUPPORTS", "Network", ids[k], "Community", reference.communities().get(c).id());
            }
        }
        if (sampler.chance(0.6)) {
            int supporter = switch (level[k]) {
                case 0 -> orgs.mainInfrastructure[home[k]];
                case 1 -> orgs.regionalInfrastructure[home[k]];
                default -> sampler.pick(orgs.nationalInfrastructure);
            };
            out.tie("SUPPORTED_BY", "Network", ids[k], "Organisation", orgs.ids[supporter]);
        }
    }

    /** Each organisation joins a few networks: its city's (70%), its region's (20%), national ones (10%). */
    private void join(Sampler sampler, Population orgs, List<List<Integer>> cityPools,
                      List<List<Integer>> regionPools, List<Integer> nationalPool) {
        Map<Integer, WeightedChoice> zipf = new LinkedHashMap<>();
        for (int i = 0; i < orgs.size(); i++) {
            int wanted = orgs.kinds[i].frontLine() ? 1 + sampler.geometric(1.9, 20) : sampler.geometric(0.7, 5);
            List<Integer> joined = new ArrayList<>();
            for (int attempt = 0; joined.size() < wanted && attempt < 3 * wanted; attempt++) {
                List<Integer> pool = switch (LEVEL.pick(sampler)) {
                    case 0 -> cityPools.get(orgs.city[i]);
                    case 1 -> regionPools.get(orgs.region(i));
                    default -> nationalPool;
                };
                if (pool.isEmpty()) {
                    continue;
                }
                int network = pool.get(zipf.computeIfAbsent(pool.size(), s -> WeightedChoice.zipf(s, ZIPF_EXPONENT))
                        .pick(sampler));
                if (!joined.contains(network)) {
                    joined.add(network);
                    members.get(network).add(i);
                }
            }
        }
        for (int k = 0; k < ids.length; k++) {
            for (int attempt = 0; members.get(k).size() < MINIMUM_MEMBERS && attempt < 20; attempt++) {
                int city = switch (level[k]) {
                    case 0 -> home[k];
                    case 1 -> regionCity(sampler, orgs.places, home[k]);
                    default -> orgs.places.cityChoice.pick(sampler);
                };
                int candidate = orgs.inCity(sampler, city);
                if (!members.get(k).contains(candidate)) {
                    members.get(k).add(candidate);
                }
            }
        }
    }

    private static int regionCity(Sampler sampler, Geography places, int region) {
        int c = sampler.below(places.cities());
        while (places.cityRegion[c] != region) {
            c = (c + 1) % places.cities();
        }
        return c;
    }

    private static List<List<Integer>> pools(int count) {
        List<List<Integer>> pools = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pools.add(new ArrayList<>());
        }
        return pools;
    }
}
