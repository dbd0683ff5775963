package org.thirdsectoratlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.map.domain.MapFilter;
import org.thirdsectoratlas.map.domain.MapFilterRules;

class MapFilterRulesTest {

    @Test
    void theMapsOwnFilterValuesAreUsable() {
        assertEquals(List.of(), MapFilterRules.unusable("leeds-gate",
                new MapFilter("sex-workers", "leeds", "CHARITY", "leeds-solidarity-network", "SEMI_FORMAL", true)));
        assertEquals(List.of(), MapFilterRules.unusable(null, MapFilter.none()));
    }

    @Test
    void everyUnusableValueIsNamedInThePagesOrder() {
        assertEquals(List.of("focus", "kind", "formality", "community", "locality", "network"),
                MapFilterRules.unusable("a b", new MapFilter("<x>", "../etc", "PLUMBER", "a,b", "VERY", false)));
    }

    @Test
    void theAllowedValuesAreSpelledOutForKindAndFormality() {
        assertTrue(MapFilterRules.allowed("kind").contains("COMMUNITY_GROUP"));
        assertTrue(MapFilterRules.allowed("formality").contains("SEMI_FORMAL"));
        assertTrue(MapFilterRules.allowed("community").contains("an id"));
    }
}
