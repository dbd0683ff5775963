package org.thirdsectoratlas.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.exports.application.GraphExport;
import org.thirdsectoratlas.exports.domain.ExportFormat;
import org.thirdsectoratlas.exports.domain.MapPalette;
import org.thirdsectoratlas.exports.infrastructure.graph.Neo4jGraphExportRepository;
import org.thirdsectoratlas.map.domain.MapEdge;
import org.thirdsectoratlas.map.domain.MapFilter;
import org.thirdsectoratlas.map.domain.MapGraph;
import org.thirdsectoratlas.map.domain.MapNode;
import org.thirdsectoratlas.map.infrastructure.graph.Neo4jNetworkMapRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * Every export format on the Leeds seed, read back by a real consumer (the GEXF 1.3 XSD, JGraphT's importers,
 * Apache POI, a JSON-P parser, the seed's own loader) and compared with the graph and the network map.
 */
class GraphExportTest {

    private static final Viewer LEEDS_GATE = new Viewer(Set.of("leeds-gate"), false);
    private static Graph graph;
    private static GraphExport export;
    private static Neo4jNetworkMapRepository map;

    @BeforeAll
    static void seed() {
        // The plain seed, whatever other classes sharing the test graph left: the round trip compares counts.
        TestGraph.wipe();
        graph = TestGraph.seeded();
        export = new GraphExport(new Neo4jGraphExportRepository(graph));
        map = new Neo4jNetworkMapRepository(graph);
    }

    @AfterAll
    static void leaveTheSeedAsFound() {
        graph.write(tx -> tx.run("MATCH (n) WHERE n.id STARTS WITH 'export-test-' DETACH DELETE n").consume());
        graph.write(tx -> tx.run("MATCH ()-[r]->() WHERE r.tieId STARTS WITH 'export-test-' DELETE r").consume());
    }

    static byte[] file(ExportFormat format, MapFilter filter, String focus, Viewer viewer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(export.prepare(format, filter, focus, 1, viewer), out);
        return out.toByteArray();
    }

    static byte[] file(ExportFormat format) {
        return file(format, MapFilter.none(), null, Viewer.PUBLIC);
    }

    /** What the map shows of the whole seed, and the resources shared by what it shows (counted in Cypher). */
    private static MapGraph wholeMap(MapFilter filter) {
        return map.overview(filter, 100_000, Viewer.PUBLIC);
    }

    private static long sharedResources() {
        return TestGraph.count("""
                MATCH (r:Resource) WHERE EXISTS { MATCH (:Organisation|Network|Consortium)-[:SHARES]->(r) }
                RETURN count(r)""");
    }

    private static long shares() {
        return TestGraph.count("MATCH (:Organisation|Network|Consortium)-[s:SHARES]->(:Resource) RETURN count(s)");
    }

    @Test
    void theGexfIsValidAgainstThePublishedGexf13Schema() throws Exception {
        byte[] gexf = file(ExportFormat.GEXF);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var xsd = GraphExportTest.class.getResource("/standards/gexf-1.3/gexf.xsd");
        assertNotNull(xsd, "the GEXF 1.3 schema is in the test resources");
        Validator validator = factory.newSchema(new StreamSource(xsd.toExternalForm())).newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(gexf)));
    }

    @Test
    void aSchemaValidatorRefusesAGexfThatBreaksTheSchema() throws Exception {
        String broken = new String(file(ExportFormat.GEXF), StandardCharsets.UTF_8).replace("version=\"1.3\"",
                "version=\"9\"");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var xsd = GraphExportTest.class.getResource("/standards/gexf-1.3/gexf.xsd");
        Validator validator = factory.newSchema(new StreamSource(xsd.toExternalForm())).newValidator();
        assertThrows(org.xml.sax.SAXException.class, () -> validator.validate(new StreamSource(new StringReader(broken))));
    }

    @Test
    void jgraphtReadsTheGexfWithTheMapsNodesAndTiesPlusSharedResources() {
        ExportedFiles.Read read = ExportedFiles.gexf(file(ExportFormat.GEXF));
        MapGraph whole = wholeMap(MapFilter.none());

        assertEquals(whole.nodes().size() + sharedResources(), read.graph().vertexSet().size());
        assertEquals(whole.edges().size() + shares(), read.graph().edgeSet().size());
        assertTrue(read.graph().vertexSet().containsAll(whole.nodes().stream().map(MapNode::id).toList()));
        assertEquals("INFRASTRUCTURE_BODY", read.node("voluntary-action-leeds", "kind"));
        assertTrue(read.node("voluntary-action-leeds", "identifiers").contains("GB-CHC-225863"));
        assertTrue(read.node("leeds-gate", "communities").contains("Gypsies and Travellers"));
        assertEquals("Leeds", read.node("leeds-gate", "localities"));
        assertEquals("GB-CHC-225863|GB-COH-00055515", read.node("voluntary-action-leeds", "identifiers"));
        assertEquals("NETWORK", read.node("leeds-solidarity-network", "type"));
        MapNode gate = whole.nodes().stream().filter(n -> n.id().equals("leeds-gate")).findFirst().orElseThrow();
        assertEquals(Long.toString(gate.degree()), read.node("leeds-gate", "ties"));
        DefaultEdge membership = read.graph().getEdge("leeds-gate", "leeds-solidarity-network");
        assertEquals("MEMBER_OF", read.edgeAttributes().get(membership).get("tie"));
        assertEquals("CONFIRMED", read.edgeAttributes().get(membership).get("status"));
        assertEquals("2023-07-01", read.edgeAttributes().get(membership).get("lastConfirmed"));
    }

    @Test
    void theGexfDrawsNodesInTheMapsColoursAndSizes() throws Exception {
        String gexf = new String(file(ExportFormat.GEXF), StandardCharsets.UTF_8);
        int[] network = MapPalette.rgb("#28a197");
        assertTrue(gexf.contains("<color r=\"" + network[0] + "\" g=\"" + network[1] + "\" b=\"" + network[2] + "\""));
        // The palette is the map's: every colour of network-map.js's KIND_COLOURS is the export's for that kind.
        String script = Files.readString(Path.of("src/main/webapp/resources/js/network-map.js"));
        MapPalette.KIND_COLOURS.forEach((kind, colour) ->
                assertTrue(script.contains(kind + ": '" + colour + "'"), kind + " is " + colour + " on the map"));
        assertTrue(script.contains("'NETWORK' ? '" + MapPalette.NETWORK + "'"));
        assertTrue(script.contains("'CONSORTIUM' ? '" + MapPalette.CONSORTIUM + "'"));
        assertTrue(script.contains("mapData(degree, 0, 40, 16, 56)"), "sizes as the map's mapData");
        assertEquals(16.0, MapPalette.size(0));
        assertEquals(56.0, MapPalette.size(400));
    }

    @Test
    void jgraphtReadsTheGraphmlValidatingItAgainstTheGraphmlSchema() {
        ExportedFiles.Read read = ExportedFiles.graphml(file(ExportFormat.GRAPHML));
        MapGraph whole = wholeMap(MapFilter.none());

        assertEquals(whole.nodes().size() + sharedResources(), read.graph().vertexSet().size());
        assertEquals(whole.edges().size() + shares(), read.graph().edgeSet().size());
        assertEquals("Leeds GATE", read.node("leeds-gate", "label"));
        assertEquals("CONSORTIUM", read.node("advonet-consortium", "type"));
        assertEquals("FORMAL", read.node("advonet-consortium", "formality"));
        assertEquals(MapPalette.CONSORTIUM, read.node("advonet-consortium", "colour"));
        assertEquals("RESOURCE", read.node("val-capacity-building-resources", "type"));
        DefaultEdge shared = read.graph().getEdge("voluntary-action-leeds", "val-capacity-building-resources");
        assertEquals("SHARES", read.edgeAttributes().get(shared).get("tie"));
        assertEquals("EXPERTISE", read.edgeAttributes().get(shared).get("detail"));
    }

    @Test
    void poiReadsTheKumuWorkbookWithItsElementsAndConnectionsSheets() throws IOException {
        MapGraph whole = wholeMap(MapFilter.none());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file(ExportFormat.KUMU_XLSX)))) {
            Sheet elements = book.getSheet("Elements");
            Sheet connections = book.getSheet("Connections");
            assertEquals(2, book.getNumberOfSheets());
            assertEquals(whole.nodes().size() + sharedResources(), elements.getLastRowNum());
            assertEquals(whole.edges().size() + shares(), connections.getLastRowNum());
            assertEquals(List.of("Label", "ID", "Type", "Description", "Tags"), cells(elements.getRow(0)).subList(0, 5));
            assertEquals(List.of("From", "To", "Type", "Label", "Direction"), cells(connections.getRow(0)).subList(0, 5));
            Row gate = rowWith(elements, 1, "leeds-gate");
            assertEquals("Leeds GATE", gate.getCell(0).getStringCellValue());
            assertEquals("Charity", gate.getCell(2).getStringCellValue());
            assertTrue(gate.getCell(4).getStringCellValue().contains("Gypsies and Travellers"));
            Row membership = rowWith(connections, 0, "leeds-gate");
            assertNotNull(membership);
        }
    }

    private static List<String> cells(Row row) {
        List<String> out = new java.util.ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static Row rowWith(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && row.getCell(column).getCellType() == CellType.STRING
                    && value.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value);
    }

    @Test
    void aJsonParserReadsKumusBlueprintAndEveryConnectionNamesAnElement() {
        MapGraph whole = wholeMap(MapFilter.none());
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(file(ExportFormat.KUMU_JSON)))) {
            JsonObject blueprint = reader.readObject();
            JsonArray elements = blueprint.getJsonArray("elements");
            JsonArray connections = blueprint.getJsonArray("connections");
            assertEquals(whole.nodes().size() + sharedResources(), elements.size());
            assertEquals(whole.edges().size() + shares(), connections.size());
            Set<String> ids = elements.getValuesAs(JsonObject.class).stream().map(e -> e.getString("id"))
                    .collect(Collectors.toSet());
            List<JsonObject> dangling = connections.getValuesAs(JsonObject.class).stream()
                    .filter(c -> !ids.contains(c.getString("from")) || !ids.contains(c.getString("to"))).toList();
            assertEquals(List.of(), dangling, "every connection names an element");
            JsonObject val = elements.getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("id").equals("voluntary-action-leeds")).findFirst().orElseThrow();
            assertEquals("Infrastructure body", val.getString("type"));
            assertEquals(MapPalette.KIND_COLOURS.get("INFRASTRUCTURE_BODY"), val.getString("color"));
            assertTrue(val.getJsonArray("identifiers").getValuesAs(jakarta.json.JsonString.class).stream()
                    .anyMatch(s -> s.getString().equals("GB-CHC-225863")));
        }
    }

    @Test
    void theSeedLoaderLoadsTheAtlasCsvZipIntoAnEmptyGraphWithTheSameNodesAndRelationships() {
        Map<String, Long> labelsBefore = labelCounts();
        Map<String, Long> typesBefore = typeCounts();
        Path folder = ExportedFiles.unzip(file(ExportFormat.ATLAS_CSV));
        Map<String, Object> orgBefore = properties("voluntary-action-leeds");
        try {
            TestGraph.wipe();
            var report = new SeedInstaller(new Neo4jSeedStore(graph)).install(new DirectorySeedSource(folder), true);

            assertTrue(report.written());
            assertEquals(labelsBefore, labelCounts());
            assertEquals(typesBefore, typeCounts());
            Map<String, Object> orgAfter = properties("voluntary-action-leeds");
            for (String key : List.of("name", "kind", "identifiers", "aliases", "sourceQuote", "scope")) {
                assertEquals(orgBefore.get(key), orgAfter.get(key), key);
            }
        } finally {
            TestGraph.wipe();
            TestGraph.seeded();
        }
    }

    /** Nodes of the ecosystem per label (what atlas-csv holds; Publication and the checklist are not the graph). */
    private static Map<String, Long> labelCounts() {
        Map<String, Long> counts = new HashMap<>();
        graph.read(tx -> tx.run("""
                MATCH (n) WHERE n.retired IS NULL
                UNWIND labels(n) AS label
                WITH label WHERE label IN ['Organisation','Network','Consortium','Resource','Programme','Contract',
                                           'Community','Locality','ConsortiumStructure']
                RETURN label, count(*) AS n""").list()).forEach(r -> counts.put(r.get("label").asString(),
                r.get("n").asLong()));
        return counts;
    }

    private static Map<String, Long> typeCounts() {
        Map<String, Long> counts = new HashMap<>();
        graph.read(tx -> tx.run("""
                MATCH (a)-[r]->(b)
                WHERE coalesce(r.status, 'CONFIRMED') <> 'WITHDRAWN'
                  AND any(l IN labels(a) WHERE l IN ['Organisation','Network','Consortium','Resource','Programme',
                          'Contract','Community','Locality','ConsortiumStructure'])
                  AND any(l IN labels(b) WHERE l IN ['Organisation','Network','Consortium','Resource','Programme',
                          'Contract','Community','Locality','ConsortiumStructure'])
                RETURN type(r) AS type, count(*) AS n""").list()).forEach(r -> counts.put(r.get("type").asString(),
                r.get("n").asLong()));
        return counts;
    }

    private static Map<String, Object> properties(String id) {
        return graph.read(tx -> tx.run("MATCH (o:Organisation {id: $id}) RETURN properties(o) AS p",
                Map.of("id", id)).single().get("p").asMap());
    }

    @Test
    void theExportKeepsTheMapsFiltersAndFocus() {
        MapFilter sexWorkers = new MapFilter("sex-workers", null, null, null, null, false);
        ExportedFiles.Read filtered = ExportedFiles.graphml(file(ExportFormat.GRAPHML, sexWorkers, null, Viewer.PUBLIC));
        Set<String> mapIds = wholeMap(sexWorkers).nodes().stream().map(MapNode::id).collect(Collectors.toSet());
        Set<String> organisationsEtc = new HashSet<>(filtered.graph().vertexSet());
        organisationsEtc.removeIf(id -> "RESOURCE".equals(filtered.node(id, "type")));
        assertEquals(mapIds, organisationsEtc);
        assertFalse(mapIds.isEmpty());

        MapGraph around = map.neighbourhood("leeds-gate", MapFilter.none(), 100_000, Viewer.PUBLIC);
        ExportedFiles.Read focused = ExportedFiles.graphml(file(ExportFormat.GRAPHML, MapFilter.none(), "leeds-gate",
                Viewer.PUBLIC));
        Set<String> focusIds = new HashSet<>(focused.graph().vertexSet());
        focusIds.removeIf(id -> "RESOURCE".equals(focused.node(id, "type")));
        assertEquals(around.nodes().stream().map(MapNode::id).collect(Collectors.toSet()), focusIds);
        Set<String> aroundTies = around.edges().stream().map(e -> e.source() + ">" + e.target())
                .collect(Collectors.toSet());
        assertTrue(focused.graph().edgeSet().stream().filter(e -> !"SHARES".equals(focused.edgeAttributes().get(e).get("tie")))
                .map(e -> focused.graph().getEdgeSource(e) + ">" + focused.graph().getEdgeTarget(e))
                .collect(Collectors.toSet()).containsAll(aroundTies));
    }

    @Test
    void anUnknownFocusIsRefusedBeforeAnythingIsWritten() {
        assertThrows(UnknownIdException.class,
                () -> export.prepare(ExportFormat.GEXF, MapFilter.none(), "no-such-organisation", 1, Viewer.PUBLIC));
    }

    @Test
    void aPrivateOrPartnersOnlyTieIsAbsentFromTheAnonymousExportAndPresentForItsRecorder() throws IOException {
        graph.write(tx -> tx.run("""
                MATCH (a:Organisation {id: 'leeds-gate'}), (b:Organisation {id: 'age-uk-leeds'}),
                      (c:Organisation {id: 'lassn'})
                CREATE (a)-[:COLLABORATES_WITH {kind: 'ADVOCACY', status: 'CLAIMED', visibility: 'PRIVATE',
                        source: 'SELF_REPORTED', tieId: 'export-test-private', recordedBy: 'member-leeds-gate'}]->(b),
                       (a)-[:COLLABORATES_WITH {kind: 'SERVICE', status: 'CLAIMED', visibility: 'PARTNERS',
                        source: 'SELF_REPORTED', tieId: 'export-test-partners', recordedBy: 'member-leeds-gate'}]->(c)
                """).consume());
        try {
            for (ExportFormat format : List.of(ExportFormat.GEXF, ExportFormat.GRAPHML)) {
                byte[] anonymous = file(format, MapFilter.none(), null, Viewer.PUBLIC);
                ExportedFiles.Read read = format == ExportFormat.GEXF ? ExportedFiles.gexf(anonymous)
                        : ExportedFiles.graphml(anonymous);
                assertTrue(read.graph().getAllEdges("leeds-gate", "age-uk-leeds").isEmpty(), format + " private");
                assertTrue(read.graph().getAllEdges("leeds-gate", "lassn").stream()
                        .noneMatch(e -> "COLLABORATES_WITH".equals(read.edgeAttributes().get(e).get("tie"))),
                        format + " partners-only");
            }
            ExportedFiles.Read mine = ExportedFiles.gexf(file(ExportFormat.GEXF, MapFilter.none(), null, LEEDS_GATE));
            assertEquals(1, mine.graph().getAllEdges("leeds-gate", "age-uk-leeds").size());
            // The spreadsheet and the zip follow the same rule.
            String anonymousCsv = csvOf(file(ExportFormat.ATLAS_CSV), "COLLABORATES_WITH--organisation-organisation.csv");
            assertFalse(anonymousCsv.contains("age-uk-leeds"));
            assertTrue(csvOf(file(ExportFormat.ATLAS_CSV, MapFilter.none(), null, LEEDS_GATE),
                    "COLLABORATES_WITH--organisation-organisation.csv").contains("leeds-gate,age-uk-leeds"));
            assertFalse(csvOf(file(ExportFormat.ATLAS_CSV, MapFilter.none(), null, LEEDS_GATE),
                    "COLLABORATES_WITH--organisation-organisation.csv").contains("member-leeds-gate"),
                    "who recorded a fact is not exported");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file(ExportFormat.KUMU_XLSX)))) {
                for (Row row : book.getSheet("Connections")) {
                    assertFalse("leeds-gate".equals(row.getCell(0).getStringCellValue())
                            && "age-uk-leeds".equals(row.getCell(1).getStringCellValue()));
                }
            }
        } finally {
            graph.write(tx -> tx.run("MATCH ()-[r]->() WHERE r.tieId STARTS WITH 'export-test-' DELETE r").consume());
        }
    }

    private static String csvOf(byte[] zip, String fileName) throws IOException {
        Path folder = ExportedFiles.unzip(zip);
        try (var files = Files.walk(folder)) {
            Path file = files.filter(p -> p.getFileName().toString().equals(fileName)).findFirst().orElseThrow();
            return Files.readString(file);
        }
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws IOException {
        graph.write(tx -> tx.run("""
                CREATE (:Organisation {id: 'export-test-formula', name: '=HYPERLINK("http://evil.example","x")',
                        kind: 'CHARITY', description: '@SUM(1+1)', aliases: ['-2+3', '+44 113'],
                        source: 'SELF_REPORTED'})
                """).consume());
        try {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file(ExportFormat.KUMU_XLSX)))) {
                Row row = rowWith(book.getSheet("Elements"), 1, "export-test-formula");
                assertEquals(CellType.STRING, row.getCell(0).getCellType());
                assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", row.getCell(0).getStringCellValue());
                assertEquals("'@SUM(1+1)", row.getCell(3).getStringCellValue());
            }
            String organisations = csvOf(file(ExportFormat.ATLAS_CSV), "Organisation.csv");
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader()
                    .setSkipHeaderRecord(true).get().parse(new StringReader(organisations)).getRecords();
            CSVRecord formula = records.stream().filter(r -> r.get("id").equals("export-test-formula")).findFirst()
                    .orElseThrow();
            assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", formula.get("name"));
            assertEquals("'@SUM(1+1)", formula.get("description"));
            assertEquals("'-2+3;+44 113", formula.get("aliases:string[]"));
        } finally {
            graph.write(tx -> tx.run("MATCH (n {id: 'export-test-formula'}) DETACH DELETE n").consume());
        }
    }

    @Test
    void theFileNameSaysTheCityTheFiltersAndTheDay() {
        var prepared = export.prepare(ExportFormat.KUMU_XLSX,
                new MapFilter("sex-workers", null, "CHARITY", null, null, true), null, 1, Viewer.PUBLIC);
        assertEquals("third-sector-atlas-leeds-community-sex-workers-kind-charity-confirmed-"
                + java.time.LocalDate.now() + ".xlsx", prepared.fileName());
    }

    @SuppressWarnings("unused")
    private static Set<String> edges(MapGraph g) {
        return g.edges().stream().map(MapEdge::source).collect(Collectors.toSet());
    }
}
