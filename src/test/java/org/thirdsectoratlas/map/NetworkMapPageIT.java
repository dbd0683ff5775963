package org.thirdsectoratlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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

    /** [labels shown, pairs of shown labels that overlap on screen, label size in px] */
    private static List<Number> labelOverlaps() {
        @SuppressWarnings("unchecked")
        List<Number> result = (List<Number>) js("""
                const cy = AtlasMap.cy();
                const boxes = cy.nodes(':visible').filter(n => !n.hasClass('label-hidden')).map(n =>
                    n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true}));
                let overlapping = 0;
                for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                    const a = boxes[i], b = boxes[j];
                    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping++;
                }
                return [boxes.length, overlapping, parseFloat(cy.nodes(':visible')[0].renderedStyle('font-size'))];""");
        return result;
    }

    @Test
    void onAPhoneNoTwoLabelsOverlapAndTheShownOnesAreReadable() {
        browser.manage().window().setSize(PHONE);
        try {
            openMap("");
            List<Number> labels = labelOverlaps();
            assertEquals(0, labels.get(1).intValue(), "overlapping labels: " + labels);
            assertTrue(labels.get(0).intValue() >= 5, "labels shown: " + labels);
            assertTrue(labels.get(2).doubleValue() >= 11, "label size on screen: " + labels);
            js("AtlasMap.cy().zoom({level: AtlasMap.cy().zoom() * 3, renderedPosition: {x: 150, y: 150}})");
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> labelOverlaps().get(1).intValue() == 0);
            Browser.screenshot(browser, "network-map-phone");
        } finally {
            browser.manage().window().setSize(DESKTOP);
        }
    }

    @Test
    void organisationsWithoutTiesWaitBehindAToggleAndTheViewCanBeFittedAgain() {
        openMap("");
        long isolated = (Long) js("return AtlasMap.cy().nodes().filter(n => n.connectedEdges().length === 0).length");
        assertTrue(isolated > 0, "the Leeds seed has organisations with no tie on the map");
        assertEquals(0L, js("return AtlasMap.cy().nodes(':visible').filter(n => n.connectedEdges().length === 0).length"));
        WebElement toggle = browser.findElement(By.id("map-isolated"));
        assertEquals("Show the " + isolated + " organisations without ties", toggle.getText());
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> isolated == (Long) js(
                "return AtlasMap.cy().nodes(':visible').filter(n => n.connectedEdges().length === 0).length"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> labelOverlaps().get(1).intValue() == 0);

        js("AtlasMap.cy().zoom(3); AtlasMap.cy().pan({x: -2000, y: -2000});");
        browser.findElement(By.id("map-fit")).click();
        assertEquals(Boolean.TRUE, js("""
                const cy = AtlasMap.cy(), view = cy.extent(), box = cy.nodes(':visible').boundingBox();
                return box.x1 >= view.x1 - 1 && box.x2 <= view.x2 + 1 && box.y1 >= view.y1 - 1 && box.y2 <= view.y2 + 1;"""),
                "every visible node is in view after Fit");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void theCanvasIsUsableFromTheKeyboard() {
        openMap("?focus=leeds-solidarity-network");
        WebElement canvas = browser.findElement(By.id("network-map"));
        assertReachableByKeyboard(By.id("network-map"), 60);
        canvas.sendKeys(Keys.ARROW_RIGHT);
        String first = (String) js("return AtlasMap.current()");
        assertEquals("leeds-solidarity-network", first, "the first arrow picks the best-connected node");
        assertTrue(browser.findElement(By.id("map-status")).getText().startsWith("Leeds Solidarity Network: 4 neighbours"),
                browser.findElement(By.id("map-status")).getText());
        java.util.Set<String> visited = new java.util.HashSet<>();
        for (Keys arrow : List.of(Keys.ARROW_RIGHT, Keys.ARROW_LEFT, Keys.ARROW_UP, Keys.ARROW_DOWN)) {
            String before = (String) js("return AtlasMap.current()");
            canvas.sendKeys(arrow);
            String after = (String) js("return AtlasMap.current()");
            if (!after.equals(before)) {
                assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return AtlasMap.cy()"
                        + ".getElementById(arguments[0]).neighborhood().nodes().some(n => n.id() === arguments[1])",
                        before, after), before + " -> " + after + " is a neighbour");
                visited.add(after);
            }
        }
        assertFalse(visited.isEmpty(), "the arrows moved between neighbours");
        String at = (String) js("return AtlasMap.current()");
        canvas.sendKeys(Keys.ENTER);
        String label = (String) js("return AtlasMap.cy().getElementById('" + at + "').data('label')");
        assertEquals(label, browser.findElement(By.cssSelector("#map-card h2")).getText());
        canvas.sendKeys(Keys.ESCAPE);
        assertTrue(browser.findElements(By.cssSelector("#map-card h2")).isEmpty(), "Escape closes the card");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void aGrownMapIsASharedViewItsAddressReopensExactly() {
        openMap("?focus=forum-central"); // Forum Central collaborates with VAL, which supports Third Sector Leeds
        List<String> focused = nodeIds().stream().sorted().toList();
        js("document.getElementById('map-search').value = 'Voluntary Action Leeds'; AtlasMap.find();");
        browser.findElement(By.cssSelector("#map-card button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("expand="));
        List<String> grown = nodeIds().stream().sorted().toList();
        assertTrue(grown.size() > focused.size(), focused + " then " + grown);
        String shared = browser.getCurrentUrl();
        assertTrue(shared.endsWith("map.xhtml?focus=forum-central&expand=voluntary-action-leeds"), shared);

        browser.get(shared);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "true".equals(js("return document.body.dataset.mapReady || ''")));
        assertEquals(grown, nodeIds().stream().sorted().toList(), "the link reopens what was seen");
    }

    @Test
    void theEmbeddedMapIsReadOnlyAndOnlyItMayBeFramed() {
        var embedded = Http.get("embed/map.xhtml?community=sex-workers");
        assertEquals(200, embedded.statusCode());
        String csp = embedded.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("frame-ancestors *"), csp);
        assertTrue(embedded.headers().firstValue("X-Frame-Options").isEmpty());
        var page = Http.get("map.xhtml");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());

        openMap("?community=sex-workers");
        browser.findElement(By.id("map-embed")).click();
        String code = browser.findElement(By.id("embed-code")).getAttribute("value");
        assertTrue(code.startsWith("<iframe src=\"" + Http.uri("embed/map.xhtml?community=sex-workers")), code);

        browser.get(Http.uri("embed/map.xhtml?community=sex-workers").toString());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "true".equals(js("return document.body.dataset.mapReady || ''")));
        assertTrue(nodeIds().contains("basis-yorkshire"));
        assertTrue(browser.findElements(By.cssSelector("form")).isEmpty(), "no filters, nothing to send");
        js("AtlasMap.cy().getElementById('basis-yorkshire').emit('tap')");
        WebElement link = browser.findElement(By.cssSelector("#map-card a"));
        assertEquals("_blank", link.getAttribute("target"));
        assertTrue(browser.findElements(By.cssSelector("#map-card button")).isEmpty(), "read-only: no growing");
        Browser.screenshot(browser, "network-map-embed");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void filtersThatMatchNothingTogetherSaySoAndOfferToLoosenEach() {
        openMap("?community=older-people&locality=leeds"); // nobody in the seed serves older people
        assertEquals(0, nodeIds().size());
        String empty = browser.findElement(By.id("map-empty")).getText();
        assertTrue(empty.contains("Nothing matches these filters together"), empty);
        List<WebElement> loosen = browser.findElements(By.cssSelector("#map-empty a.loosen"));
        assertEquals(List.of("Show the map without Community: Older People", "Show the map without Locality: Leeds"),
                loosen.stream().map(WebElement::getText).toList());
        Accessibility.assertNoSeriousViolations(browser);
        loosen.get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "true".equals(js("return document.body.dataset.mapReady || ''")));
        assertTrue(browser.getCurrentUrl().endsWith("map.xhtml?locality=leeds"), browser.getCurrentUrl());
        assertFalse(nodeIds().isEmpty());
        assertTrue(browser.findElements(By.id("map-empty")).isEmpty());
    }

    @Test
    void theFilterFormsAddressCarriesOnlyTheChosenFilters() {
        openMap("");
        new Select(browser.findElement(By.id("f-community"))).selectByValue("sex-workers");
        browser.findElement(By.cssSelector("form.map-filters button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("community="));
        assertTrue(browser.getCurrentUrl().endsWith("map.xhtml?community=sex-workers"), browser.getCurrentUrl());
    }

    @Test
    void aMalformedOrUnknownFilterGetsTheMessageOtherPagesGive() {
        assertMessage("map.xhtml?community=%F0%9F%99%82", 400, "'community' must be an id");
        Accessibility.assertNoSeriousViolations(browser);
        assertMessage("map.xhtml?locality=no-such-place", 404, "No locality has the id 'no-such-place'.");
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
