package org.thirdsectoratlas.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thirdsectoratlas.imports.application.ImportJob;
import org.thirdsectoratlas.imports.application.Importer;
import org.thirdsectoratlas.imports.domain.ImportFormat;
import org.thirdsectoratlas.imports.infrastructure.graph.Neo4jImportStore;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * An import larger than one batch, on the real embedded Neo4j with the Leeds seed: organisations, networks and
 * localities with the three kinds of tie between them, written in batches of 700 (so batches end mid-label and
 * hold nodes and relationships together). Every row lands once with its own provenance; a changed file updates
 * every one of them; undo takes each import back exactly.
 */
class ImportBatchesGraphTest {

    private static final int GROUPS = 1500;
    private static final int NETWORKS = 200;
    private static final int PLACES = 100;
    private static Neo4jImportStore store;

    @TempDir
    Path dir;

    @BeforeAll
    static void seed() {
        store = new Neo4jImportStore(TestGraph.seeded());
    }

    /** Group g collaborates with g+1, is a member of network g % NETWORKS and operates in place g % PLACES. */
    private Path workbook(String name, String description, String role) throws IOException {
        Path file = dir.resolve(name);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            var elements = wb.createSheet("Elements");
            int[] row = {0};
            IntFunction<org.apache.poi.ss.usermodel.Row> next = i -> elements.createRow(row[0]++);
            cells(next.apply(0), "Label", "ID", "Type", "Description");
            for (int g = 0; g < GROUPS; g++) {
                cells(next.apply(0), "Batch Walking Group " + g, "bg" + g, "community group", description);
            }
            for (int n = 0; n < NETWORKS; n++) {
                cells(next.apply(0), "Batch Forum " + n, "bn" + n, "network", description);
            }
            for (int p = 0; p < PLACES; p++) {
                cells(next.apply(0), "Batchton Ward " + p, "bp" + p, "locality", description);
            }
            var connections = wb.createSheet("Connections");
            int c = 0;
            cells(connections.createRow(c++), "From", "To", "Type", "Label");
            for (int g = 0; g < GROUPS; g++) {
                cells(connections.createRow(c++), "bg" + g, "bg" + ((g + 1) % GROUPS), "collaborates with",
                        "SERVICE");
                cells(connections.createRow(c++), "bg" + g, "bn" + (g % NETWORKS), "member of", role);
                cells(connections.createRow(c++), "bg" + g, "bp" + (g % PLACES), "operates in", "");
            }
            wb.write(out);
        }
        return file;
    }

    private static void cells(org.apache.poi.ss.usermodel.Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static ImportJob run(String id, Path file) {
        ImportJob job = new ImportJob(id, ImportFormat.KUMU, file.getFileName().toString(), false, "CLAIMED",
                "moderator");
        new Importer(store, 700).run(job, file, null);
        return job;
    }

    private static long created(String id) {
        return TestGraph.count("MATCH (n:Organisation|Network|Locality) WHERE n.importCreated = $id RETURN count(n)",
                Map.of("id", id));
    }

    private static long createdRelationships(String id) {
        return TestGraph.count("MATCH ()-[r]->() WHERE r.importCreated = $id RETURN count(r)", Map.of("id", id));
    }

    @Test
    void everyRowOfAnImportOfManyBatchesLandsOnceWithItsProvenanceAndUndoTakesBackEachImport() throws IOException {
        long nodesBefore = TestGraph.count("MATCH (n:Organisation|Network|Locality) RETURN count(n)");
        long elements = GROUPS + NETWORKS + PLACES;
        long ties = 3L * GROUPS;

        ImportJob first = run("import-batches-1", workbook("batches.xlsx", "First description", "member"));
        assertEquals(ImportJob.Status.DONE, first.status(), first.message());
        assertEquals(Map.of("Organisation", (long) GROUPS, "Network", (long) NETWORKS, "Locality", (long) PLACES,
                "COLLABORATES_WITH", (long) GROUPS, "MEMBER_OF", (long) GROUPS, "OPERATES_IN", (long) GROUPS),
                first.counts().created());
        assertEquals(elements + ties, first.done(), "progress reached the end");
        assertEquals(elements + ties, first.total());
        assertEquals(elements, created("import-batches-1"));
        assertEquals(ties, createdRelationships("import-batches-1"));
        assertEquals(elements, TestGraph.count("""
                MATCH (n:Organisation|Network|Locality)
                WHERE n.importCreated = 'import-batches-1' AND n.source = 'IMPORTED'
                  AND n.importId = 'import-batches-1' AND n.recordedBy = 'moderator' AND n.lastConfirmed = date()
                  AND n.sourceRef STARTS WITH 'format=kumu; file=batches.xlsx; by=moderator; at='
                RETURN count(n)"""), "every node carries its provenance");
        assertEquals(ties, TestGraph.count("""
                MATCH ()-[r]->() WHERE r.importCreated = 'import-batches-1' AND r.source = 'IMPORTED'
                  AND r.status = 'CLAIMED' AND r.sourceRef CONTAINS '; sheet=Connections; row='
                RETURN count(r)"""), "every tie carries its provenance and the import's tie status");
        assertEquals(2L * GROUPS, TestGraph.count("""
                MATCH ()-[r:COLLABORATES_WITH|MEMBER_OF]->() WHERE r.importCreated = 'import-batches-1'
                RETURN count(DISTINCT r.tieId)"""), "each tie members can confirm has its own tie id");
        String rowOf = TestGraph.graph().read(tx -> tx.run("""
                MATCH (:Organisation {id: 'bg1234'})-[r:MEMBER_OF]->(n:Network {id: 'bn34'})
                RETURN r.sourceRef AS ref""").single().get("ref").asString());
        assertTrue(rowOf.endsWith("; sheet=Connections; row=" + (2 + 3 * 1234 + 1)), rowOf);
        assertEquals(1L, TestGraph.count("""
                MATCH (o:Organisation {id: 'bg1499'})-[:COLLABORATES_WITH]->(:Organisation {id: 'bg0'})
                WHERE o.kind = 'COMMUNITY_GROUP' AND o.status = 'ACTIVE' AND o.version = 1
                  AND o.sourceRef ENDS WITH '; sheet=Elements; row=1501'
                RETURN count(o)"""), "a tie written in a later batch than both its ends");

        ImportJob second = run("import-batches-2", workbook("batches-changed.xlsx", "Second description", "lead"));
        assertEquals(ImportJob.Status.DONE, second.status(), second.message());
        assertEquals(Map.of(), second.counts().created());
        assertEquals(elements + GROUPS, second.counts().updated(), "every element and every membership changed");
        assertEquals(elements, TestGraph.count("""
                MATCH (n:Organisation|Network|Locality)
                WHERE n.importCreated = 'import-batches-1' AND n.importId = 'import-batches-2'
                  AND n.description = 'Second description' RETURN count(n)"""));
        // The change snapshots the groups and all their ties before writing, then each network and locality
        // as its batch updates it; a membership updated later is not snapshotted a second time.
        Map<String, Object> change = Map.of("id", second.changeId());
        assertEquals(elements, TestGraph.count("""
                MATCH (:Change {id: $id})-[b:STATE_BEFORE {element: 'node'}]->() RETURN count(b)""", change));
        assertEquals(ties, TestGraph.count("""
                MATCH (:Change {id: $id})-[b:STATE_BEFORE {element: 'relationship'}]->() RETURN count(b)""", change));
        assertEquals(0L, TestGraph.count("""
                MATCH (:Change {id: $id})-[b:STATE_BEFORE]->() WITH b.elementId AS element, count(*) AS n
                WHERE n > 1 RETURN count(element)""", change), "nothing is snapshotted twice");

        new Importer(store).undo(second, "moderator");
        assertEquals(elements, TestGraph.count("""
                MATCH (n:Organisation|Network|Locality)
                WHERE n.importCreated = 'import-batches-1' AND n.importId = 'import-batches-1'
                  AND n.description = 'First description' RETURN count(n)"""), "undo puts every value back");
        assertEquals((long) GROUPS, TestGraph.count("""
                MATCH ()-[r:MEMBER_OF]->() WHERE r.importCreated = 'import-batches-1' AND r.role = 'member'
                RETURN count(r)"""));
        new Importer(store).undo(first, "moderator");
        assertEquals(0L, created("import-batches-1"));
        assertEquals(0L, createdRelationships("import-batches-1"));
        assertEquals(nodesBefore, TestGraph.count("MATCH (n:Organisation|Network|Locality) RETURN count(n)"));
    }
}
