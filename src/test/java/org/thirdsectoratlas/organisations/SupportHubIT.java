package org.thirdsectoratlas.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.openqa.selenium.By;
import org.thirdsectoratlas.generator.application.EcosystemLoader;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.infrastructure.graph.Neo4jEcosystemStore;
import org.thirdsectoratlas.organisations.domain.Organisation;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Http;
import org.thirdsectoratlas.testing.PageTest;
import org.thirdsectoratlas.testing.ServerGraph;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * A generated city's main infrastructure body (size S, loaded into the running server's Neo4j over Bolt) through
 * the real server: the API lists the first 50 it supports with the total and pages the rest; the page lists 50
 * and says how many more.
 */
class SupportHubIT extends PageTest {

    private static final Generation S = new Generation(42, EcosystemSize.S);
    private static final int LISTED = Organisation.SUPPORT_LISTED;

    private static Driver driver;
    private static EcosystemLoader loader;
    private static String hub;
    private static long supported;
    private static long networks;

    @BeforeAll
    static void loadS() {
        driver = GraphDatabase.driver("bolt://127.0.0.1:" + System.getProperty("bolt.port", "7687"), AuthTokens.none());
        Graph graph = new Graph(driver, "neo4j");
        loader = new EcosystemLoader(new Neo4jEcosystemStore(graph), new SeedInstaller(new Neo4jSeedStore(graph)),
                new DirectorySeedSource(TestGraph.SEED), EcosystemLoader.DEFAULT_BATCH);
        loader.remove(S.dataset());
        loader.load(S);
        var row = graph.read(tx -> tx.run("""
                MATCH (h:Organisation {dataset: 'generated-S'})
                RETURN h.id AS id, COUNT { (h)<-[:SUPPORTED_BY]-() } AS supported,
                       COUNT { (h)<-[:SUPPORTED_BY]-(:Network) } AS networks
                ORDER BY supported DESC, id LIMIT 1""").single());
        hub = row.get("id").asString();
        supported = row.get("supported").asLong();
        networks = row.get("networks").asLong();
    }

    /** The seed back as a reset gives it, so the Atlas also recomputes what it computed over the generated city. */
    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        driver.close();
        ServerGraph.resetToLeedsSeed();
    }

    @Test
    void theApiListsFiftyWithTheTotalAndPagesTheRest() {
        var body = Http.json(Http.get("api/organisations/" + hub));
        assertEquals(LISTED, body.getJsonArray("supporting").size());
        assertEquals(supported, body.getJsonNumber("supportingTotal").longValue());
        assertEquals(body.getJsonArray("supportedBy").size(), body.getJsonNumber("supportedByTotal").longValue());

        var firstPage = Http.json(Http.get("api/organisations?supportedBy=" + hub + "&size=100"));
        assertEquals(supported - networks, firstPage.getJsonNumber("total").longValue());
        assertEquals(100, firstPage.getJsonArray("items").size());
        var lastPage = Http.json(Http.get("api/organisations?supportedBy=" + hub + "&size=100&page="
                + (supported - networks - 1) / 100));
        assertEquals((supported - networks - 1) % 100 + 1, lastPage.getJsonArray("items").size());

        var problem = Http.get("api/organisations?supportedBy=not%20an%20id");
        assertEquals(400, problem.statusCode());
        assertEquals("supportedBy", Http.json(problem).getString("parameter"));
    }

    @Test
    void thePageListsFiftyAndSaysHowManyMore() {
        open("organisation.xhtml?id=" + hub);
        assertEquals(LISTED, browser.findElements(By.cssSelector("#collaborators ul[data-tie='SUPPORTS'] li")).size());
        String more = browser.findElement(By.cssSelector(".truncated-support[data-tie='SUPPORTS']")).getText();
        long omitted = supported - networks - LISTED;
        assertTrue(more.startsWith("Supports: and " + omitted + " more organisations, not listed"), more);
        assertTrue(browser.findElement(By.cssSelector(".truncated-support a")).getAttribute("href")
                .endsWith("api/organisations?supportedBy=" + hub), more);
        Accessibility.assertNoSeriousViolations(browser);
    }
}
