package org.thirdsectoratlas.imports.infrastructure.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.thirdsectoratlas.imports.domain.ImportableLabels;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * Neo4j's own plans for the import's statements, on the real embedded engine with the schema in place: every
 * look-up of a node by id is a seek on the label's id constraint, never a scan of the label or of all nodes.
 */
class ImportStatementsTest {

    private static final Map<String, Object> PARAMETERS = Map.of("rows", List.of(Map.of("id", "x", "from", "x",
            "to", "y", "type", "COLLABORATES_WITH", "props", Map.of(), "sourceRef", "s", "i", 0, "element", "e")),
            "by", "moderator", "importId", "import-plan", "changeId", "change-plan");

    private record Operator(String name, String details) {
    }

    private static List<Operator> plan(String cypher) {
        TestGraph.seeded();
        return TestGraph.graph().read(tx -> {
            Plan plan = tx.run("EXPLAIN " + cypher, PARAMETERS).consume().plan();
            List<Operator> all = new ArrayList<>();
            flatten(plan, all);
            return all;
        });
    }

    private static void flatten(Plan plan, List<Operator> into) {
        into.add(new Operator(plan.operatorType().replace("@neo4j", ""), plan.arguments().containsKey("Details")
                ? plan.arguments().get("Details").asString() : ""));
        plan.children().forEach(child -> flatten(child, into));
    }

    /** Seeks on an id constraint, and no scan except of the change log's one Change. */
    private static void assertSeeksOnly(String cypher, int seeks) {
        List<Operator> operators = plan(cypher);
        long found = operators.stream().filter(o -> o.name().startsWith("NodeUniqueIndexSeek")).count();
        assertEquals(seeks, found, operators.toString());
        for (Operator o : operators) {
            assertTrue(!o.name().contains("Scan") || o.details().contains(":Change"), operators.toString());
        }
    }

    @Test
    void everyLabelsNodesAreUpdatedThroughItsIdConstraint() {
        for (String label : ImportableLabels.ALL) {
            assertSeeksOnly(ImportStatements.updateNodes(label), 1);
        }
    }

    @Test
    void bothEndsOfATieAreFoundThroughTheirIdConstraints() {
        List<String[]> ends = List.of(new String[] {"Organisation", "Organisation"},
                new String[] {"Organisation", "Network"}, new String[] {"Network", "Locality"},
                new String[] {"Organisation", "Programme"}, new String[] {"Consortium", "ConsortiumStructure"});
        for (String[] pair : ends) {
            assertSeeksOnly(ImportStatements.createRelationships(pair[0], pair[1]), 2);
            assertSeeksOnly(ImportStatements.findRelationships(pair[0], pair[1]), 2);
        }
    }

    @Test
    void creatingNodesLooksNothingUpAndOrganisationsStartActive() {
        for (String label : ImportableLabels.ALL) {
            List<Operator> operators = plan(ImportStatements.createNodes(label));
            assertTrue(operators.stream().noneMatch(o -> o.name().contains("Scan") || o.name().contains("Seek")),
                    operators.toString());
        }
        assertTrue(ImportStatements.createNodes("Organisation").contains("n.status = 'ACTIVE', n.version = 1"));
        assertTrue(!ImportStatements.createNodes("Network").contains("ACTIVE"));
    }

    @Test
    void aLabelWithoutAnIdConstraintIsRefusedBeforeAnyStatementIsBuilt() {
        assertThrows(IllegalArgumentException.class, () -> ImportStatements.createNodes("Change"));
        assertThrows(IllegalArgumentException.class, () -> ImportStatements.updateNodes("Organisation {id: 1})"));
        assertThrows(IllegalArgumentException.class, () -> ImportStatements.createRelationships("Organisation", null));
    }
}
