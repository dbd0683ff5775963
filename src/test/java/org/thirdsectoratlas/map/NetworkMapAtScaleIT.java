package org.thirdsectoratlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thirdsectoratlas.generator.application.EcosystemLoader;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.infrastructure.graph.Neo4jEcosystemStore;
import org.thirdsectoratlas.map.application.NetworkMap;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.testing.Http;
import org.thirdsectoratlas.testing.PageTest;
import org.thirdsectoratlas.testing.ServerGraph;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * The map's time to first render (window.atlasMapRenderedMs, set by network-map.js once Cytoscape has laid the
 * graph out) in headless Chromium: on the Leeds seed, then with a generated ecosystem of 5,000 organisations
 * loaded into the running server's own Neo4j over Bolt. Not a timing assertion (the machine is shared): it
 * asserts the map stays bounded and prints the figures for docs/explorer.md.
 */
class NetworkMapAtScaleIT extends PageTest {

    private static final Generation FIVE_THOUSAND = new Generation(42, EcosystemSize.parse("5000"));

    private static Driver driver;
    private static EcosystemLoader loader;
    private static long leedsMs;

    @BeforeAll
    static void measureLeedsThenLoadFiveThousand() {
        openMap();
        leedsMs = openMap(); // the second load: the server and browser are warm
        driver = GraphDatabase.driver("bolt://127.0.0.1:" + System.getProperty("bolt.port", "7687"), AuthTokens.none());
        Graph graph = new Graph(driver, "neo4j");
        loader = new EcosystemLoader(new Neo4jEcosystemStore(graph), new SeedInstaller(new Neo4jSeedStore(graph)),
                new DirectorySeedSource(TestGraph.SEED), EcosystemLoader.DEFAULT_BATCH);
        loader.remove(FIVE_THOUSAND.dataset());
        System.out.println("Generated " + FIVE_THOUSAND.dataset() + ": " + loader.load(FIVE_THOUSAND));
    }

    /** The seed back as a reset gives it, so the Atlas also recomputes what it computed over the generated city. */
    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        driver.close();
        ServerGraph.resetToLeedsSeed();
    }

    /** Opens the map overview and returns its time to first render in ms after navigation. */
    private static long openMap() {
        browser.get(Http.uri("map.xhtml").toString());
        new WebDriverWait(browser, Duration.ofSeconds(120))
                .until(d -> "true".equals(js("return document.body.dataset.mapReady || ''")));
        return (Long) js("return window.atlasMapRenderedMs");
    }

    @Test
    void withFiveThousandOrganisationsTheMapDrawsABoundedOverview() {
        long cold = openMap();
        long warm = openMap();
        long nodes = (Long) js("return AtlasMap.cy().nodes().length");
        long edges = (Long) js("return AtlasMap.cy().edges().length");
        assertTrue(nodes <= NetworkMap.OVERVIEW_LIMIT, nodes + " nodes");
        assertEquals(NetworkMap.OVERVIEW_LIMIT, nodes, "far more than 250 match, so the overview is full");
        String more = browser.findElement(By.className("map-hidden")).getText();
        assertTrue(more.matches("(?s)\\d+ more matched and are not drawn.*"), more);
        System.out.printf("Network map first render in headless Chromium: Leeds seed %d ms; 5,000 generated "
                + "organisations %d ms (first load %d ms), %d nodes and %d edges drawn; %s%n",
                leedsMs, warm, cold, nodes, edges, more.lines().findFirst().orElse(""));
    }
}
