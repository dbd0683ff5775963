package org.thirdsectoratlas.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

/** The markers expand to the one predicate; what a query's graph answer is, the graph tests check. */
class VisibilityRuleTest {

    @Test
    void markersExpandToThePredicateForTheNamedVariables() {
        String cypher = VisibilityRule.expand("MATCH (o)-[m]->(n) WHERE VISIBLE(o, o) AND VISIBLE( m ,o) RETURN o");
        assertEquals("MATCH (o)-[m]->(n) WHERE " + VisibilityRule.visible("o", "o") + " AND "
                + VisibilityRule.visible("m", "o") + " RETURN o", cypher);
        assertFalse(cypher.contains("VISIBLE("));
    }

    @Test
    void aTieBetweenTwoOrganisationsIsVisibleAsTheFactOfEitherEnd() {
        assertEquals("(" + VisibilityRule.visible("r", "a") + " OR " + VisibilityRule.visible("r", "b") + ")",
                VisibilityRule.expand("VISIBLE(r, a, b)"));
    }

    @Test
    void aMalformedMarkerOrVariableFailsWhenTheConstantIsBuilt() {
        assertThrows(IllegalArgumentException.class, () -> VisibilityRule.expand("WHERE VISIBLE(o.id, o)"));
        assertThrows(IllegalArgumentException.class, () -> VisibilityRule.visible("o", "o) OR true OR (o"));
    }

    @Test
    void theViewerTravelsAsOneParameterBesideTheQuerys() {
        Map<String, Object> params = VisibilityRule.with(Map.of("id", "x"), new Viewer(Set.of("a"), true));
        assertEquals("x", params.get("id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> viewer = (Map<String, Object>) params.get(VisibilityRule.PARAMETER);
        assertEquals(List.of("a"), viewer.get("organisations"));
        assertTrue((Boolean) viewer.get("moderator"));
    }
}
