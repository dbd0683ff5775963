package org.thirdsectoratlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.Http;
import org.thirdsectoratlas.testing.PageTest;

/** The network map in headless Chromium: drawn from the seeded graph, searchable, growable, bookmarkable. */
class NetworkMapPageIT extends PageTest {

    private static void openMap(String query) {
        browser.get(Http.uri("map.xhtml" + query).toString());
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> "true".equals(js("return document.body.dataset.mapReady || ''")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The map did not draw: title '" + browser.getTitle() + "', scripts: "
                    + js("return typeof window.cytoscape + '/' + typeof window.AtlasMap") + ", page: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> nodeIds() {
        return (List<String>) js("return AtlasMap.cy().nodes().map(n => n.id())");
    }

    @Test
    void theMapShowsTheSeededOrganisationsNetworksAndConsortia() {
        openMap("");

        List<String> ids = nodeIds();
        assertTrue(ids.containsAll(List.of("leeds-gate", "basis-yorkshire", "lassn", "yorkshire-mesmac",
                "leeds-solidarity-network", "age-uk-leeds", "advonet-consortium")), ids.toString());
        assertEquals(4L, js("return AtlasMap.cy().edges('[target = \"leeds-solidarity-network\"]').length"));
        System.out.println("Network map, Leeds seed: first render " + js("return window.atlasMapRenderedMs")
                + " ms after navigation, " + ids.size() + " nodes");
        Browser.screenshot(browser, "network-map");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void searchCentresAndHighlightsANode() {
        openMap("");
        browser.findElement(By.id("map-search")).sendKeys("Leeds GATE");
        browser.findElement(By.id("map-search-go")).click();

        assertEquals(Boolean.TRUE, js("return AtlasMap.cy().getElementById('leeds-gate').hasClass('highlighted')"));
        assertEquals(Boolean.FALSE, js("return AtlasMap.cy().getElementById('age-uk-leeds').hasClass('highlighted')"));
        assertTrue(browser.findElement(By.id("map-card")).getText().contains("Leeds GATE"));
    }

    @Test
    void aFocusedMapIsTheNeighbourhoodAndGrowsOnRequest() {
        openMap("?focus=leeds-solidarity-network");
        assertEquals(5, nodeIds().size());

        js("AtlasMap.find(); document.getElementById('map-search').value = 'Leeds GATE'; AtlasMap.find();");
        browser.findElement(By.cssSelector("#map-card button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> browser.findElement(By.id("map-status")).getText().contains("added"));
        assertTrue(nodeIds().size() >= 5);
    }

    @Test
    void filtersAreBookmarkableAndNarrowTheMap() {
        openMap("?community=sex-workers");
        List<String> ids = nodeIds();
        assertTrue(ids.contains("basis-yorkshire"), ids.toString());
        assertFalse(ids.contains("age-uk-leeds"));
        assertEquals("sex-workers", browser.findElement(By.id("f-community")).getAttribute("value"));
    }

    @Test
    void badParametersGiveAMessageNotAStackTrace() {
        openMap("?kind=NOT_A_KIND");
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("cannot use that value of 'kind'"), page);

        openMap("?focus=no-such-node");
        page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("No organisation, network or consortium has the id 'no-such-node'"), page);
        assertFalse(browser.getPageSource().contains("Exception"));
    }
}
