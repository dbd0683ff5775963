package org.thirdsectoratlas.generator.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated organisations, held as arrays by index. Every city has a council, a big infrastructure
 * body ("Voluntary Action ...") and a forum; every region an integrated care board, a regional
 * infrastructure body and a community foundation; a few national bodies sit above. The rest are
 * charities, community groups and social enterprises placed in wards.
 */
final class Population {

    static final String[] SIZE_BANDS = {"MICRO", "SMALL", "MEDIUM", "LARGE", "MAJOR"};
    private static final WeightedChoice BAND = new WeightedChoice(45, 30, 18, 6, 1);
    private static final WeightedChoice SCOPE = new WeightedChoice(88, 9, 3);
    private static final String[] SCOPES = {"LOCAL", "REGIONAL", "NATIONAL"};
    static final int NATIONAL_INFRASTRUCTURE = 3;
    static final int NATIONAL_FUNDERS = 4;

    final Geography places;
    final String[] ids;
    final String[] names;
    final OrganisationKind[] kinds;
    final int[] bands;
    final int[] city;
    final int[] ward;
    final int[] council;
    final int[] mainInfrastructure;
    final int[] forum;
    final int[] careBoard;
    final int[] regionalInfrastructure;
    final int[] foundation;
    final int[] nationalInfrastructure = new int[NATIONAL_INFRASTRUCTURE];
    final int[] nationalFunders = new int[NATIONAL_FUNDERS];
    int[][] byWard;
    int[][] byCity;

    private final WeightedChoice primaryCommunity;
    private final WeightedChoice additionalCommunity;
    private int next;

    private Population(Geography places, ReferenceData reference, int size) {
        this.places = places;
        this.primaryCommunity = reference.primaryChoice();
        this.additionalCommunity = reference.additionalChoice();
        ids = new String[size];
        names = new String[size];
        kinds = new OrganisationKind[size];
        bands = new int[size];
        city = new int[size];
        ward = new int[size];
        council = new int[places.cities()];
        mainInfrastructure = new int[places.cities()];
        forum = new int[places.cities()];
        careBoard = new int[places.regions()];
        regionalInfrastructure = new int[places.regions()];
        foundation = new int[places.regions()];
    }

    static Population generate(Sampler sampler, Emitter out, Geography places, ReferenceData reference,
                               int size) {
        Population p = new Population(places, reference, size);
        p.fixedBodies(sampler, out);
        WeightedChoice kind = OrganisationKind.choice();
        while (p.next < size) {
            int c = places.cityChoice.pick(sampler);
            int w = sampler.pick(places.cityWards[c]);
            OrganisationKind k = OrganisationKind.values()[kind.pick(sampler)];
            int scope = SCOPE.pick(sampler);
            String name = Names.organisation(sampler, k, scope == 0 ? places.wardNames[w] : places.cityNames[c]);
            int i = p.add(sampler, out, k, BAND.pick(sampler), c, w, name, SCOPES[scope]);
            String where = switch (scope) {
                case 0 -> places.wardIds[w];
                case 1 -> places.regionIds[places.cityRegion[c]];
                default -> places.nationId;
            };
            out.tie("OPERATES_IN", "Organisation", p.ids[i], "Locality", where, Map.of("basis", "stated"));
            if (scope == 0 && sampler.chance(0.25)) {
                out.tie("OPERATES_IN", "Organisation", p.ids[i], "Locality", places.cityIds[c],
                        Map.of("basis", "stated"));
            }
            if (k.frontLine()) {
                p.communities(sampler, out, reference, i);
            }
        }
        p.index();
        return p;
    }

    private void fixedBodies(Sampler sampler, Emitter out) {
        for (int r = 0; r < places.regions(); r++) {
            int home = firstCityOf(r);
            int w = places.cityWards[home][0];
            String region = places.regionNames[r];
            careBoard[r] = fixed(sampler, out, OrganisationKind.STATUTORY_BODY, home, w,
                    region + " Integrated Care Board", "REGIONAL", places.regionIds[r]);
            regionalInfrastructure[r] = fixed(sampler, out, OrganisationKind.INFRASTRUCTURE_BODY, home, w,
                    region + " Voluntary Sector Partnership", "REGIONAL", places.regionIds[r]);
            foundation[r] = fixed(sampler, out, OrganisationKind.FUNDER, home, w,
                    region + " Community Foundation", "REGIONAL", places.regionIds[r]);
        }
        for (int c = 0; c < places.cities(); c++) {
            int w = places.cityWards[c][0];
            String town = places.cityNames[c];
            council[c] = fixed(sampler, out, OrganisationKind.STATUTORY_BODY, c, w, town + " City Council",
                    "LOCAL", places.cityIds[c]);
            mainInfrastructure[c] = fixed(sampler, out, OrganisationKind.INFRASTRUCTURE_BODY, c, w,
                    "Voluntary Action " + town, "LOCAL", places.cityIds[c]);
            forum[c] = fixed(sampler, out, OrganisationKind.INFRASTRUCTURE_BODY, c, w, town + " Third Sector Forum",
                    "LOCAL", places.cityIds[c]);
        }
        for (int n = 0; n < NATIONAL_INFRASTRUCTURE; n++) {
            nationalInfrastructure[n] = fixed(sampler, out, OrganisationKind.INFRASTRUCTURE_BODY, 0,
                    places.cityWards[0][0], "National Council for Voluntary Action " + (n + 1), "NATIONAL",
                    places.nationId);
        }
        for (int n = 0; n < NATIONAL_FUNDERS; n++) {
            nationalFunders[n] = fixed(sampler, out, OrganisationKind.FUNDER, 0, places.cityWards[0][0],
                    "National Community Fund " + (n + 1), "NATIONAL", places.nationId);
        }
    }

    private int fixed(Sampler sampler, Emitter out, OrganisationKind kind, int c, int w, String name, String scope,
                      String operatesIn) {
        int i = add(sampler, out, kind, 3, c, w, name, scope);
        out.tie("OPERATES_IN", "Organisation", ids[i], "Locality", operatesIn, Map.of("basis", "name"));
        return i;
    }

    private int add(Sampler sampler, Emitter out, OrganisationKind kind, int band, int c, int w, String name,
                    String scope) {
        int i = next++;
        ids[i] = out.id("org", i);
        names[i] = name;
        kinds[i] = kind;
        bands[i] = band;
        city[i] = c;
        ward[i] = w;
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", name);
        props.put("kind", kind.name());
        props.put("description", "Generated " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " based in "
                + places.wardNames[w] + ".");
        props.put("status", sampler.chance(0.02) ? "FORMER" : "ACTIVE");
        props.put("scope", scope);
        props.put("sizeBand", SIZE_BANDS[band]);
        switch (kind) {
            case CHARITY -> props.put("identifiers", List.of("GB-CHC-" + (1_100_000 + i)));
            case SOCIAL_ENTERPRISE -> props.put("identifiers", List.of(String.format("GB-COH-%08d", 20_000_000 + i)));
            default -> { }
        }
        out.node("Organisation", ids[i], props);
        return i;
    }

    /** One primary community and a few additional ones, weighted like the research survey's answers. */
    private void communities(Sampler sampler, Emitter out, ReferenceData reference, int i) {
        List<ReferenceData.SurveyCommunity> all = reference.communities();
        int primary = primaryCommunity.pick(sampler);
        out.tie("SUPPORTS", "Organisation", ids[i], "Community", all.get(primary).id(), Map.of("primary", true));
        List<Integer> chosen = new ArrayList<>(List.of(primary));
        int additional = sampler.geometric(1.5, 5);
        for (int attempt = 0; chosen.size() <= additional && attempt < 3 * additional; attempt++) {
            int c = additionalCommunity.pick(sampler);
            if (!chosen.contains(c)) {
                chosen.add(c);
                out.tie("SUPPORTS", "Organisation", ids[i], "Community", all.get(c).id(), Map.of("primary", false));
            }
        }
    }

    private int firstCityOf(int region) {
        for (int c = 0; c < places.cities(); c++) {
            if (places.cityRegion[c] == region) {
                return c;
            }
        }
        throw new IllegalStateException("region " + region + " has no city");
    }

    private void index() {
        byWard = group(ward, places.wardIds.length);
        byCity = group(city, places.cities());
    }

    private int[][] group(int[] keyOf, int keys) {
        int[] counts = new int[keys];
        for (int i = 0; i < size(); i++) {
            counts[keyOf[i]]++;
        }
        int[][] groups = new int[keys][];
        for (int k = 0; k < keys; k++) {
            groups[k] = new int[counts[k]];
            counts[k] = 0;
        }
        for (int i = 0; i < size(); i++) {
            groups[keyOf[i]][counts[keyOf[i]]++] = i;
        }
        return groups;
    }

    int size() {
        return ids.length;
    }

    int region(int organisation) {
        return places.cityRegion[city[organisation]];
    }

    /** A random organisation of a city (any kind). */
    int inCity(Sampler sampler, int c) {
        return sampler.pick(byCity[c]);
    }
}
