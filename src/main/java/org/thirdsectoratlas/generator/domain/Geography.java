package org.thirdsectoratlas.generator.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generated places: regions of the seed's nation, cities in regions (a few big, many small) and wards in
 * cities, linked by PART_OF. A city has about as many organisations as Leeds's ecosystem, so S is two
 * cities and L about a hundred.
 */
final class Geography {

    static final int ORGANISATIONS_PER_CITY = 1_750;
    static final int CITIES_PER_REGION = 8;

    final String nationId;
    final String[] regionIds;
    final String[] regionNames;
    final String[] cityIds;
    final String[] cityNames;
    final int[] cityRegion;
    final int[][] cityWards;
    final String[] wardIds;
    final String[] wardNames;
    final int[] wardCity;
    /** Bigger cities first: organisations and networks are placed in proportion. */
    final WeightedChoice cityChoice;

    private Geography(String nationId, String[] regionIds, String[] regionNames, String[] cityIds,
                      String[] cityNames, int[] cityRegion, int[][] cityWards, String[] wardIds, String[] wardNames,
                      int[] wardCity, WeightedChoice cityChoice) {
        this.nationId = nationId;
        this.regionIds = regionIds;
        this.regionNames = regionNames;
        this.cityIds = cityIds;
        this.cityNames = cityNames;
        this.cityRegion = cityRegion;
        this.cityWards = cityWards;
        this.wardIds = wardIds;
        this.wardNames = wardNames;
        this.wardCity = wardCity;
        this.cityChoice = cityChoice;
    }

    static Geography generate(Sampler sampler, Emitter out, ReferenceData reference, int organisations) {
        int cities = Math.max(2, Math.round((float) organisations / ORGANISATIONS_PER_CITY));
        int regions = (cities + CITIES_PER_REGION - 1) / CITIES_PER_REGION;
        String[] regionIds = new String[regions];
        String[] regionNames = new String[regions];
        for (int r = 0; r < regions; r++) {
            regionIds[r] = out.id("region", r);
            regionNames[r] = Names.region(r);
            out.node("Locality", regionIds[r], Map.of("name", regionNames[r], "kind", "REGION"));
            out.tie("PART_OF", "Locality", regionIds[r], "Locality", reference.nationId(),
                    Map.of("basis", "generated"));
        }
        List<String> towns = Names.towns(sampler, cities);
        String[] cityIds = new String[cities];
        int[] cityRegion = new int[cities];
        int[][] cityWards = new int[cities][];
        List<String> wardIds = new ArrayList<>();
        List<String> wardNames = new ArrayList<>();
        List<Integer> wardCity = new ArrayList<>();
        for (int c = 0; c < cities; c++) {
            cityIds[c] = out.id("city", c);
            cityRegion[c] = c % regions;
            out.node("Locality", cityIds[c], Map.of("name", towns.get(c), "kind", "CITY"));
            out.tie("PART_OF", "Locality", cityIds[c], "Locality", regionIds[cityRegion[c]],
                    Map.of("basis", "generated"));
            cityWards[c] = new int[sampler.between(8, 24)];
            for (int w = 0; w < cityWards[c].length; w++) {
                int ward = wardIds.size();
                cityWards[c][w] = ward;
                wardIds.add(out.id("ward", ward));
                wardNames.add(Names.ward(towns.get(c), w));
                wardCity.add(c);
                out.node("Locality", wardIds.get(ward), Map.of("name", wardNames.get(ward), "kind", "WARD"));
                out.tie("PART_OF", "Locality", wardIds.get(ward), "Locality", cityIds[c],
                        Map.of("basis", "generated"));
            }
        }
        return new Geography(reference.nationId(), regionIds, regionNames, cityIds, towns.toArray(String[]::new),
                cityRegion, cityWards, wardIds.toArray(String[]::new), wardNames.toArray(String[]::new),
                wardCity.stream().mapToInt(Integer::intValue).toArray(), WeightedChoice.zipf(cities, 0.8));
    }

    int cities() {
        return cityIds.length;
    }

    int regions() {
        return regionIds.length;
    }
}
