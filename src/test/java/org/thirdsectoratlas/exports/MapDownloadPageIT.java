package org.thirdsectoratlas.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.Http;
import org.thirdsectoratlas.testing.PageTest;

/** The network map's Download menu in headless Chromium: its links carry the map's filters and give files that parse. */
class MapDownloadPageIT extends PageTest {

    @Test
    @SuppressWarnings("unchecked")
    void theDownloadMenuCarriesTheMapsFiltersAndItsGraphmlHoldsTheNodesTheMapDraws() {
        browser.manage().window().setSize(DESKTOP);
        browser.get(Http.uri("map.xhtml?community=sex-workers&confirmedOnly=true").toString());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "true".equals(js("return document.body.dataset.mapReady || ''")));

        browser.findElement(By.cssSelector("#map-download summary")).click();
        for (String format : List.of("gexf", "graphml", "kumu-xlsx", "atlas-csv")) {
            String href = browser.findElement(By.id("download-" + format)).getAttribute("href");
            assertTrue(href.contains("api/exports/graph?format=" + format), href);
            assertTrue(href.contains("community=sex-workers") && href.contains("confirmedOnly=true"), href);
        }
        Browser.screenshot(browser, "map-download");

        // The browser downloads the GraphML the link names; JGraphT reads what it got.
        String graphml = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('download-graphml').href)
                    .then(r => r.text()).then(done).catch(e => done('failed: ' + e));""");
        ExportedFiles.Read read = ExportedFiles.graphml(graphml.getBytes(StandardCharsets.UTF_8));
        Set<String> drawn = new HashSet<>((List<String>) js("return AtlasMap.cy().nodes().map(n => n.id())"));
        Set<String> exported = new HashSet<>(read.graph().vertexSet());
        exported.removeIf(id -> "RESOURCE".equals(read.node(id, "type")));
        assertEquals(drawn, exported);
    }
}
