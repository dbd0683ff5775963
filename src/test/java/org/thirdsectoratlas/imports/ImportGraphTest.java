package org.thirdsectoratlas.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thirdsectoratlas.imports.application.ImportJob;
import org.thirdsectoratlas.imports.application.Importer;
import org.thirdsectoratlas.imports.domain.ExistingNode;
import org.thirdsectoratlas.imports.domain.ExistingRelationship;
import org.thirdsectoratlas.imports.domain.ImportFormat;
import org.thirdsectoratlas.imports.domain.ImportStore;
import org.thirdsectoratlas.imports.domain.ImportUndoConflict;
import org.thirdsectoratlas.imports.domain.Planner;
import org.thirdsectoratlas.imports.domain.WriteOp;
import org.thirdsectoratlas.imports.infrastructure.graph.Neo4jImportStore;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * Imports on the real embedded Neo4j with the Leeds seed: every format, matching, re-import, undo and bad input.
 * Workbooks are built with Apache POI here; each test undoes what it wrote.
 */
class ImportGraphTest {

    private static Neo4jImportStore store;
    private static final AtomicInteger IDS = new AtomicInteger();

    @TempDir
    Path dir;

    @BeforeAll
    static void seed() {
        store = new Neo4jImportStore(TestGraph.seeded());
    }

    private static ImportJob job(ImportFormat format, String fileName, boolean dryRun) {
        return new ImportJob("import-test-" + IDS.incrementAndGet(), format, fileName, dryRun, "CLAIMED", "moderator");
    }

    private static ImportJob run(ImportFormat format, Path file, boolean dryRun) {
        ImportJob job = job(format, file.getFileName().toString(), dryRun);
        new Importer(store).run(job, file, null);
        return job;
    }

    private static long nodes() {
        return TestGraph.count("MATCH (n) RETURN count(n)");
    }

    private static long relationships() {
        return TestGraph.count("MATCH ()-[r]->() RETURN count(r)");
    }

    /** A Kumu workbook: VAL by its charity number, two new groups, a formula cell, an ignored sheet. */
    private Path kumuWorkbook(String name, String newGroup) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var elements = wb.createSheet("Elements");
            row(elements, 0, "Label", "ID", "Type", "Description", "Tags", "Charity Number", "Website");
            row(elements, 1, "Voluntary Action Leeds", "val", "Infrastructure Body", "", "", "225863", "");
            row(elements, 2, newGroup, "g1", "community group", "Meets on Tuesdays", "food|youth", "", "");
            row(elements, 3, newGroup + " Allotments", "g2", "Social Enterprise", "", "", "", "");
            var formula = elements.getRow(2).createCell(6);
            formula.setCellFormula("HYPERLINK(\"https://example.org/g1\",\"https://example.org/g1\")");
            // The value a spreadsheet program cached: POI's evaluator is never run by the importer.
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
            var connections = wb.createSheet("Connections");
            row(connections, 0, "From", "To", "Type", "Label");
            row(connections, 1, "g1", "g2|Voluntary Action Leeds", "collaborates with", "SERVICE");
            var ignored = wb.createSheet("(ignore)");
            row(ignored, 0, "Label");
            row(ignored, 1, "Not an organisation");
            wb.write(out);
        }
        return file;
    }

    private static void row(org.apache.poi.ss.usermodel.Sheet sheet, int index, String... cells) {
        var row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    @Test
    void aKumuWorkbookCreatesWhatIsNewMatchesTheRestAndUndoRemovesExactlyIt() throws IOException {
        long nodesBefore = nodes() - changeNodes();
        long relationshipsBefore = relationships() - changeRelationships();
        Map<String, Object> valBefore = TestGraph.graph().read(tx -> tx.run(
                "MATCH (o:Organisation {id: 'voluntary-action-leeds'}) RETURN properties(o) AS p").single()
                .get("p").asMap());
        Path file = kumuWorkbook("kumu.xlsx", "Harehills Tuesday Club");

        ImportJob dry = run(ImportFormat.KUMU, file, true);
        assertEquals(ImportJob.Status.DONE, dry.status(), dry.message());
        assertEquals(nodesBefore, nodes() - changeNodes(), "a dry run writes nothing");
        assertEquals(Map.of("Organisation", 2L, "COLLABORATES_WITH", 2L), dry.counts().created());
        assertEquals(1L, dry.counts().unchanged(), "VAL is matched by its charity number");
        assertEquals(1L, dry.counts().skippedBy().get("sheets named (ignore)"));

        ImportJob real = run(ImportFormat.KUMU, file, false);
        assertEquals(ImportJob.Status.DONE, real.status(), real.message());
        assertEquals(nodesBefore + 2, nodes() - changeNodes());
        var group = TestGraph.graph().read(tx -> tx.run("""
                MATCH (o:Organisation {name: 'Harehills Tuesday Club'})-[r:COLLABORATES_WITH]->(v {id: 'voluntary-action-leeds'})
                RETURN properties(o) AS o, properties(r) AS r""").single());
        Map<String, Object> o = group.get("o").asMap();
        assertEquals("IMPORTED", o.get("source"));
        assertEquals("COMMUNITY_GROUP", o.get("kind"));
        assertEquals("https://example.org/g1", o.get("website"), "the formula's cached value, not the formula");
        assertEquals(List.of("food", "youth"), o.get("tags"));
        assertTrue(o.get("sourceRef").toString().contains("sheet=Elements; row=3"), o.get("sourceRef").toString());
        assertTrue(o.get("sourceRef").toString().contains("by=moderator"));
        Map<String, Object> tie = group.get("r").asMap();
        assertEquals("CLAIMED", tie.get("status"));
        assertEquals("SERVICE", tie.get("kind"));

        ImportJob again = run(ImportFormat.KUMU, file, false);
        assertEquals(ImportJob.Status.DONE, again.status());
        assertEquals(Map.of(), again.counts().created(), "the same file again creates nothing");
        assertEquals(5L, again.counts().unchanged());
        assertNull(again.changeId());

        new Importer(store).undo(real, "moderator");
        assertEquals(nodesBefore, nodes() - changeNodes());
        assertEquals(relationshipsBefore, relationships() - changeRelationships());
        assertEquals(valBefore, TestGraph.graph().read(tx -> tx.run(
                "MATCH (o:Organisation {id: 'voluntary-action-leeds'}) RETURN properties(o) AS p").single()
                .get("p").asMap()), "the matched organisation is as it was");
        assertThrows(ImportUndoConflict.class, () -> new Importer(store).undo(real, "moderator"));
    }

    /** Change-log nodes stay after an undo (history is kept), so counts leave them out. */
    private static long changeNodes() {
        return TestGraph.count("MATCH (n) WHERE n:Change OR n:Snapshot OR n:ChangeCounter RETURN count(n)");
    }

    private static long changeRelationships() {
        return TestGraph.count("MATCH ()-[r:STATE_BEFORE]->() RETURN count(r)");
    }

    @Test
    void aChangedRowUpdatesWhatTheImportCreatedAndLeavesResearchFactsAlone() throws IOException {
        ImportJob first = run(ImportFormat.KUMU, kumuWorkbook("first.xlsx", "Chapeltown Knitters"), false);
        assertEquals(ImportJob.Status.DONE, first.status(), first.message());
        Path changed = dir.resolve("changed.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(changed)) {
            var elements = wb.createSheet("Elements");
            row(elements, 0, "Label", "ID", "Type", "Description");
            row(elements, 1, "Chapeltown Knitters", "g1", "community group", "Now meets on Fridays");
            row(elements, 2, "Voluntary Action Leeds", "val", "charity", "Overwritten?");
            wb.write(out);
        }
        ImportJob second = run(ImportFormat.KUMU, changed, false);
        assertEquals(ImportJob.Status.DONE, second.status(), second.message());
        assertEquals(1L, second.counts().updated());
        assertEquals(1L, second.counts().unchanged(), "VAL is the research's: never overwritten");
        assertEquals("Now meets on Fridays", TestGraph.graph().read(tx -> tx.run(
                "MATCH (o:Organisation {name: 'Chapeltown Knitters'}) RETURN o.description AS d").single()
                .get("d").asString()));
        assertEquals(0L, TestGraph.count("MATCH (o:Organisation {id: 'voluntary-action-leeds'}) "
                + "WHERE o.description = 'Overwritten?' RETURN count(o)"));

        new Importer(store).undo(second, "moderator");
        assertEquals("Meets on Tuesdays", TestGraph.graph().read(tx -> tx.run(
                "MATCH (o:Organisation {name: 'Chapeltown Knitters'}) RETURN o.description AS d").single()
                .get("d").asString()), "undo puts the first import's value back");
        new Importer(store).undo(first, "moderator");
        assertEquals(0L, TestGraph.count("MATCH (o:Organisation {name: 'Chapeltown Knitters'}) RETURN count(o)"));
    }

    @Test
    void aGrantNavCsvInWindows1252WithSemicolonsGivesFundsWithTheGrantAndAProgramme() throws IOException {
        Path file = dir.resolve("grantnav.csv");
        String csv = """
                Identifier;Title;Amount Awarded;Currency;Award Date;Recipient Org:Identifier;Recipient Org:Name;Recipient Org:Charity Number;Funding Org:Identifier;Funding Org:Name;Grant Programme:Title;Recipient Ind:Identifier
                360G-lcf-001;Café for carers;12500;GBP;2024-03-01;GB-CHC-1180000;Beeston Carers' Café;1180000;GB-CHC-1096892;Leeds Community Foundation;Healthy Holidays;
                360G-lcf-002;Hardship grant;300;GBP;2024-03-02;;;;GB-CHC-1096892;Leeds Community Foundation;;360G-ind-1
                360G-lcf-003;Second grant;2000;GBP;2024-05-01;GB-CHC-225863;Voluntary Action Leeds;;GB-CHC-1096892;Leeds Community Foundation;Healthy Holidays;
                """;
        Files.writeString(file, csv, Charset.forName("windows-1252"));
        ImportJob job = run(ImportFormat.GIVING_360, file, false);
        assertEquals(ImportJob.Status.DONE, job.status(), job.message() + " " + job.errors());
        assertTrue(job.note().contains("windows-1252"), job.note());
        assertEquals(1L, job.counts().skippedBy().get("grants to individuals"));
        assertEquals(2L, job.counts().created().get("FUNDS"));
        var grant = TestGraph.graph().read(tx -> tx.run("""
                MATCH (f:Organisation)-[g:FUNDS {grantId: '360G-lcf-001'}]->(r:Organisation)
                RETURN f.name AS funder, r.name AS recipient, r.identifiers AS ids, properties(g) AS g""").single());
        assertEquals("Beeston Carers' Café", grant.get("recipient").asString(), "read right from Windows-1252");
        assertEquals(List.of("GB-CHC-1180000"), grant.get("ids").asList());
        Map<String, Object> g = grant.get("g").asMap();
        assertEquals(12500.0, g.get("amount"));
        assertEquals("GBP", g.get("currency"));
        assertEquals("2024-03-01", g.get("awardDate"));
        assertEquals("CONFIRMED", g.get("status"));
        assertEquals("IMPORTED", g.get("source"));
        String programmeId = g.get("programmeId").toString();
        assertEquals(1L, TestGraph.count("MATCH (f:Organisation)-[:RUNS]->(p:Programme {id: $id, name: 'Healthy Holidays'}) "
                + "RETURN count(p)", Map.of("id", programmeId)));
        assertEquals(1L, TestGraph.count("MATCH (:Organisation)-[g:FUNDS {grantId: '360G-lcf-003'}]->"
                + "(:Organisation {id: 'voluntary-action-leeds'}) RETURN count(g)"), "matched by its org-id");
        var val = new org.thirdsectoratlas.organisations.infrastructure.graph.Neo4jOrganisationRepository(
                TestGraph.graph()).findById("voluntary-action-leeds",
                org.thirdsectoratlas.shared.domain.Viewer.PUBLIC).orElseThrow();
        var received = val.grants().stream().filter(x -> x.grantId().equals("360G-lcf-003")).findFirst().orElseThrow();
        assertEquals("RECEIVED", received.direction());
        assertEquals("Leeds Community Foundation", received.otherName());
        assertEquals(2000.0, received.amount());
        assertEquals("GBP", received.currency());
        assertEquals("2024-05-01", received.awardDate());
        assertEquals("Healthy Holidays", received.programmeName());
        assertEquals("IMPORTED", received.provenance().source());
        var funder = new org.thirdsectoratlas.organisations.infrastructure.graph.Neo4jOrganisationRepository(
                TestGraph.graph()).findById(received.otherId(), org.thirdsectoratlas.shared.domain.Viewer.PUBLIC)
                .orElseThrow();
        assertEquals(2, funder.grants().stream().filter(x -> x.direction().equals("MADE")).count());

        new Importer(store).undo(job, "moderator");
        assertEquals(0L, TestGraph.count("MATCH ()-[g:FUNDS {grantId: '360G-lcf-001'}]->() RETURN count(g)"));
    }

    @Test
    void a360GivingJsonPackageIsValidatedAndTheErrorsNameTheGrantAndField() throws IOException {
        Path file = dir.resolve("grants.json");
        Files.writeString(file, """
                {"grants": [
                  {"id": "360G-ok-1", "title": "Good", "description": "d", "currency": "GBP", "amountAwarded": 500,
                   "awardDate": "2024-01-05",
                   "recipientOrganization": [{"id": "GB-CHC-1234567", "name": "Json Recipient Trust"}],
                   "fundingOrganization": [{"id": "GB-CHC-1096892", "name": "Leeds Community Foundation"}]},
                  {"id": "360G-bad-2", "title": "Bad", "description": "d", "currency": "GBP", "amountAwarded": 500,
                   "awardDate": "5th January",
                   "recipientOrganization": [{"id": "GB-CHC-7654321", "name": "Other"}],
                   "fundingOrganization": [{"id": "GB-CHC-1096892", "name": "Leeds Community Foundation"}]}
                ]}""");
        long before = nodes();
        ImportJob job = run(ImportFormat.GIVING_360, file, false);
        assertEquals(ImportJob.Status.FAILED, job.status());
        assertEquals(before, nodes(), "a file with an invalid grant writes nothing");
        assertFalse(job.errors().isEmpty());
        assertTrue(job.errors().stream().allMatch(e -> e.message().contains("360G-bad-2")), job.errors().toString());
        assertTrue(job.errors().stream().anyMatch(e -> "awardDate".equals(e.column())), job.errors().toString());

        ImportJob dry = run(ImportFormat.GIVING_360, file, true);
        assertEquals(1L, dry.counts().created().get("FUNDS"), "the valid grant is planned");
    }

    @Test
    void badFilesAreRefusedWithAReasonAndWriteNothing() throws IOException {
        long before = nodes();
        Path png = dir.resolve("map.xlsx");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        ImportJob renamed = run(ImportFormat.KUMU, png, false);
        assertEquals(ImportJob.Status.FAILED, renamed.status());
        assertTrue(renamed.message().contains("PNG"), renamed.message());

        Path csv = dir.resolve("elements.csv");
        Files.writeString(csv, "\uFEFFLabel,ID,Type\nA Group,a,community group\nB Group,a,charity\n"
                + ",,\n".repeat(1000), StandardCharsets.UTF_8);
        ImportJob duplicates = run(ImportFormat.KUMU, csv, false);
        assertEquals(ImportJob.Status.FAILED, duplicates.status());
        assertEquals(1, duplicates.errors().size(), duplicates.errors().toString());
        assertEquals(3L, duplicates.errors().get(0).row());
        assertEquals("ID", duplicates.errors().get(0).column());
        assertEquals(1000L, duplicates.counts().skippedBy().get("empty rows"));

        Path workbook = dir.resolve("dangling.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            var elements = wb.createSheet("Elements");
            row(elements, 0, "Label", "Type");
            row(elements, 1, "Lone Group", "community group");
            row(elements, 2, "Strange Thing", "spaceship");
            var connections = wb.createSheet("Connections");
            row(connections, 0, "From", "To");
            row(connections, 1, "Lone Group", "Nobody");
            wb.write(out);
        }
        ImportJob dangling = run(ImportFormat.KUMU, workbook, false);
        assertEquals(ImportJob.Status.FAILED, dangling.status());
        assertTrue(dangling.errors().stream().anyMatch(e -> e.sheet().equals("Elements") && e.row() == 3
                && "Type".equals(e.column()) && e.message().contains("spaceship")), dangling.errors().toString());
        assertTrue(dangling.errors().stream().anyMatch(e -> e.sheet().equals("Connections") && e.row() == 2
                && "To".equals(e.column()) && e.message().contains("names no element")), dangling.errors().toString());

        ImportJob wrongFormat = run(ImportFormat.ATLAS_CSV, workbook, false);
        assertEquals(ImportJob.Status.FAILED, wrongFormat.status());

        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("nodes/Organisation.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        ImportJob bombed = run(ImportFormat.ATLAS_CSV, bomb, false);
        assertEquals(ImportJob.Status.FAILED, bombed.status());
        assertTrue(bombed.message().contains("zip bomb"), bombed.message());
        assertEquals(before, nodes());
    }

    @Test
    void anAtlasCsvZipInTheSeedLayoutComesBackAndMatchesWhatIsThere() throws IOException {
        Path zip = dir.resolve("atlas.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("atlas/nodes/Organisation.csv"));
            out.write(("id,name,kind,identifiers:string[],sourceQuote\n"
                    + "voluntary-action-leeds,Voluntary Action Leeds,INFRASTRUCTURE_BODY,GB-CHC-225863,x\n"
                    + "zip-new-org,Zip New Organisation,CHARITY,,\n").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("atlas/relationships/COLLABORATES_WITH.csv"));
            out.write(("from:Organisation,to:Organisation,kind\n"
                    + "zip-new-org,voluntary-action-leeds,RESEARCH\n").getBytes(StandardCharsets.UTF_8));
        }
        ImportJob job = run(ImportFormat.ATLAS_CSV, zip, false);
        assertEquals(ImportJob.Status.DONE, job.status(), job.message() + job.errors());
        assertEquals(Map.of("Organisation", 1L, "COLLABORATES_WITH", 1L), job.counts().created());
        assertEquals(1L, TestGraph.count("MATCH (:Organisation {id: 'zip-new-org'})-[r:COLLABORATES_WITH {kind: 'RESEARCH'}]->"
                + "(:Organisation {id: 'voluntary-action-leeds'}) RETURN count(r)"));
        assertEquals(Map.of(), run(ImportFormat.ATLAS_CSV, zip, false).counts().created(), "re-import: nothing new");
        new Importer(store).undo(job, "moderator");
        assertEquals(0L, TestGraph.count("MATCH (o:Organisation {id: 'zip-new-org'}) RETURN count(o)"));
    }

    @Test
    void aFailurePartWayUndoesTheBatchesAlreadyWritten() throws IOException {
        long before = nodes() - changeNodes();
        Path file = kumuWorkbook("fails.xlsx", "Armley Walkers");
        ImportStore failing = new ImportStore() {
            private int batches;

            @Override
            public List<ExistingNode> existingNodes() {
                return store.existingNodes();
            }

            @Override
            public Map<Integer, ExistingRelationship> existingRelationships(List<Planner.RelationshipProbe> p) {
                return store.existingRelationships(p);
            }

            @Override
            public String begin(String importId, String user, Set<String> touched) {
                return store.begin(importId, user, touched);
            }

            @Override
            public void write(String importId, String changeId, String user, List<WriteOp> batch) {
                if (++batches == 3) {
                    throw new IllegalStateException("the graph went away");
                }
                store.write(importId, changeId, user, batch);
            }

            @Override
            public void finish(String changeId, List<String> created, Set<String> touched) {
                store.finish(changeId, created, touched);
            }

            @Override
            public String undo(String importId, String changeId, String user) {
                return store.undo(importId, changeId, user);
            }
        };
        ImportJob job = job(ImportFormat.KUMU, "fails.xlsx", false);
        new Importer(failing, 1).run(job, file, null);
        assertEquals(ImportJob.Status.FAILED, job.status());
        assertNotNull(job.undoneWith(), job.message());
        assertEquals(before, nodes() - changeNodes(), "the two batches written were taken back");
        assertEquals(0L, TestGraph.count("MATCH (o:Organisation) WHERE o.name STARTS WITH 'Armley Walkers' RETURN count(o)"));
    }
}
