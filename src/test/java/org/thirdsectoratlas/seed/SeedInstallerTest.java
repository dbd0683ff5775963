package org.thirdsectoratlas.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.application.SeedReport;
import org.thirdsectoratlas.seed.domain.SeedFormatException;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.testing.SeedFolder;
import org.thirdsectoratlas.testing.TestGraph;

/** Idempotent, versioned, all-or-nothing seed loading, on a small hand-made seed in a real Neo4j. */
class SeedInstallerTest {

    private static final String NODES = "MATCH (n) WHERE n.dataset = 'fixture' AND NOT n:SeedVersion RETURN count(n)";
    private static final String RELS = "MATCH ()-[r]->() WHERE r.dataset = 'fixture' RETURN count(r)";

    private final Graph graph = TestGraph.graph();
    private final SeedInstaller installer = new SeedInstaller(new Neo4jSeedStore(graph));

    @BeforeEach
    void emptyGraph() {
        TestGraph.wipe();
    }

    @AfterAll
    static void leaveTheLeedsSeedForOtherTests() {
        TestGraph.wipe();
        TestGraph.seeded();
    }

    private static SeedFolder version1() {
        return SeedFolder.empty()
                .write("manifest.properties", "dataset=fixture", "version=1", "sourceRef=fixture-report",
                        "publishedOn=2023-07-01",
                        "files=f/nodes/Organisation.csv,f/nodes/Network.csv,f/relationships/MEMBER_OF.csv")
                .write("f/nodes/Organisation.csv",
                        "# organisations of the fixture",
                        "id,name,kind,aliases:string[],size:int,sourceQuote",
                        "org-a,Org A,CHARITY,A;AA,3,\"Org A, a charity.\"",
                        "org-b,Org B,CHARITY,,,Org B too.",
                        "org-c,Org C,FUNDER,,,Org C funds.")
                .write("f/nodes/Network.csv",
                        "id,name,formality,sourceQuote",
                        "net-1,Network One,FORMAL,A formal network.")
                .write("f/relationships/MEMBER_OF.csv",
                        "from:Organisation,to:Network,role,sourceQuote",
                        "org-a,net-1,,A is in it.",
                        "org-b,net-1,lead,B leads it.",
                        "org-c,net-1,,C is in it.");
    }

    private SeedReport install(SeedFolder folder, boolean force) {
        return installer.install(new DirectorySeedSource(folder.root()), force);
    }

    @Test
    void loadsNodesAndTiesWithTheirProvenance() {
        SeedReport report = install(version1(), false);

        assertTrue(report.written());
        assertEquals(4, TestGraph.count(NODES));
        assertEquals(3, TestGraph.count(RELS));
        Map<String, Object> orgA = graph.read(tx -> tx.run(
                "MATCH (o:Organisation {id: 'org-a'}) RETURN o {.*, lastConfirmed: toString(o.lastConfirmed)} AS o")
                .single().get("o").asMap());
        assertEquals("Org A", orgA.get("name"));
        assertEquals(List.of("A", "AA"), orgA.get("aliases"));
        assertEquals(3L, orgA.get("size"));
        assertEquals("RESEARCH", orgA.get("source"));
        assertEquals("fixture-report", orgA.get("sourceRef"));
        assertEquals("Org A, a charity.", orgA.get("sourceQuote"));
        assertEquals("2023-07-01", orgA.get("lastConfirmed"));
        assertTrue(orgA.containsKey("recordedAt"));
        assertEquals(3, TestGraph.count(
                "MATCH ()-[r:MEMBER_OF {status: 'CONFIRMED', source: 'RESEARCH'}]->() RETURN count(r)"));
        assertEquals(1, TestGraph.count("MATCH ()-[r:MEMBER_OF {role: 'lead'}]->() RETURN count(r)"));
    }

    @Test
    void loadingTwiceLeavesTheSameCounts() {
        install(version1(), false);
        SeedReport again = install(version1(), false);
        SeedReport forced = install(version1(), true);

        assertFalse(again.written(), "an installed version is not written again");
        assertTrue(forced.written());
        assertEquals(4, TestGraph.count(NODES));
        assertEquals(3, TestGraph.count(RELS));
        assertEquals(1, TestGraph.count("MATCH (v:SeedVersion {dataset: 'fixture'}) RETURN count(v)"));
    }

    @Test
    void aNewerVersionUpdatesResearchFactsAndLeavesWhatUsersAddedAlone() {
        install(version1(), false);
        // A user links their own organisation to Org C and adds a website to Org A.
        graph.write(tx -> tx.run("""
                MATCH (c:Organisation {id: 'org-c'}), (a:Organisation {id: 'org-a'})
                CREATE (u:Organisation {id: 'user-org', name: 'User Org', source: 'SELF_REPORTED'})
                       -[:COLLABORATES_WITH {source: 'SELF_REPORTED', status: 'CLAIMED'}]->(c)
                SET a.website = 'https://example.org'
                """).consume());

        SeedFolder v2 = version1()
                .write("manifest.properties", "dataset=fixture", "version=2", "sourceRef=fixture-report",
                        "publishedOn=2023-07-01",
                        "files=f/nodes/Organisation.csv,f/nodes/Network.csv,f/relationships/MEMBER_OF.csv")
                .write("f/nodes/Organisation.csv",
                        "id,name,kind,aliases:string[],sourceQuote",
                        "org-a,Org A Renamed,CHARITY,A,\"Org A, a charity.\"",
                        "org-b,Org B,CHARITY,,Org B too.")
                .write("f/relationships/MEMBER_OF.csv",
                        "from:Organisation,to:Network,role,sourceQuote",
                        "org-a,net-1,,A is in it.");
        SeedReport report = install(v2, false);

        assertTrue(report.written());
        Map<String, Object> orgA = graph.read(tx -> tx.run("MATCH (o:Organisation {id: 'org-a'}) RETURN o {.*} AS o")
                .single().get("o").asMap());
        assertEquals("Org A Renamed", orgA.get("name"));
        assertEquals(List.of("A"), orgA.get("aliases"));
        assertFalse(orgA.containsKey("size"), "a property the seed no longer states is removed");
        assertEquals("https://example.org", orgA.get("website"), "a user's property is kept");
        assertEquals(1, TestGraph.count(RELS), "ties the seed no longer states are removed");
        assertEquals(1, TestGraph.count(
                "MATCH (:Organisation {id: 'user-org'})-[r:COLLABORATES_WITH {status: 'CLAIMED'}]->"
                        + "(c:Organisation {id: 'org-c', retired: true}) RETURN count(r)"),
                "a research node users link to is retired, not deleted, and their tie survives");
        assertEquals(2, TestGraph.count("MATCH (v:SeedVersion {dataset: 'fixture'}) RETURN v.version"));
    }

    @Test
    void aMalformedSeedFailsNamingFileAndLineAndChangesNothing() {
        install(version1(), false);
        long nodes = TestGraph.count(NODES);
        long rels = TestGraph.count(RELS);

        SeedFolder broken = version1()
                .write("manifest.properties", "dataset=fixture", "version=2", "sourceRef=fixture-report",
                        "publishedOn=2023-07-01",
                        "files=f/nodes/Organisation.csv,f/nodes/Network.csv,f/relationships/MEMBER_OF.csv")
                .replaceLine("f/nodes/Organisation.csv", 4, "org-b,Org B Renamed,CHARITY,,not-a-number,Org B too.");

        var e = assertThrows(SeedFormatException.class, () -> install(broken, false));
        assertEquals("f/nodes/Organisation.csv", e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("size"), e.getMessage());
        assertEquals(nodes, TestGraph.count(NODES));
        assertEquals(rels, TestGraph.count(RELS));
        assertEquals(1, TestGraph.count("MATCH (v:SeedVersion {dataset: 'fixture'}) RETURN v.version"));
        assertEquals(0, TestGraph.count("MATCH (o:Organisation {name: 'Org B Renamed'}) RETURN count(o)"));
    }

    @Test
    void aTieToAnUnknownNodeIsRejectedBeforeAnythingIsWritten() {
        SeedFolder broken = version1().replaceLine("f/relationships/MEMBER_OF.csv", 3, "org-x,net-1,,Who?");

        var e = assertThrows(SeedFormatException.class, () -> install(broken, false));
        assertEquals("f/relationships/MEMBER_OF.csv line 3: from 'org-x': no Organisation in the seed has this id",
                e.getMessage());
        assertEquals(0, TestGraph.count(NODES));
    }
}
