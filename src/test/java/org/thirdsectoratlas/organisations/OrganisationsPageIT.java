package org.thirdsectoratlas.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.PageTest;

/** The explorer's organisation directory and home page, rendered by Mojarra and PrimeFaces, in a real browser. */
class OrganisationsPageIT extends PageTest {

    private static List<String> names() {
        return browser.findElements(By.cssSelector(".org-name")).stream().map(WebElement::getText).toList();
    }

    private static String sortState() {
        // PrimeFaces marks the sort direction on the header's icon.
        return browser.findElement(By.cssSelector("th.ui-sortable-column .ui-sortable-column-icon"))
                .getAttribute("class");
    }

    private static void waitForNames() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".org-name")).isEmpty());
    }

    @Test
    void listsTheSeededOrganisationsByName() {
        open("organisations.xhtml");
        waitForNames();

        List<String> names = names();
        assertTrue(names.contains("Leeds GATE"), names.toString());
        assertTrue(names.contains("Voluntary Action Leeds"), names.toString());
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals("Organisations · Third Sector Atlas", browser.getTitle());
        Browser.screenshot(browser, "organisations");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void sortsByNameBothWaysAndLinksEachRowToItsPage() {
        open("organisations.xhtml");
        waitForNames();
        List<String> ascending = names();
        // Click the Name header until the rows come in descending order (an ascending sort may come first).
        for (int click = 0; click < 2 && names().equals(ascending); click++) {
            String before = sortState();
            // The title, not the header centre, which holds the filter box.
            browser.findElement(By.cssSelector("th.ui-sortable-column .ui-column-title")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !Objects.equals(before, sortState())
                    && Boolean.TRUE.equals(js("return PrimeFaces.ajax.Queue.isEmpty()")));
        }
        assertEquals(ascending.stream().sorted(Comparator.reverseOrder()).toList(), names());
        waitForAddress("order=desc");

        browser.findElement(By.linkText("Leeds GATE")).click();
        assertEquals("Leeds GATE", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getCurrentUrl().endsWith("organisation.xhtml?id=leeds-gate"), browser.getCurrentUrl());
    }

    private static void waitForAddress(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains(part)
                && Boolean.TRUE.equals(js("return PrimeFaces.ajax.Queue.isEmpty()")));
    }

    @Test
    void searchWordsInTheAddressUseTheFullTextSearchAndTypedWordsBecomeTheAddress() {
        // Full-text search over names, other names and descriptions: the best match comes first.
        open("organisations.xhtml?name=gate");
        waitForNames();
        assertEquals("Leeds GATE", names().get(0));

        browser.findElement(By.cssSelector("input.ui-column-filter")).clear();
        browser.findElement(By.cssSelector("input.ui-column-filter")).sendKeys("yorkshire");
        waitForAddress("name=yorkshire");
        assertTrue(names().containsAll(List.of("BASIS Yorkshire", "Yorkshire MESMAC")), names().toString());
        List<String> found = names();
        // The address brings the same view back.
        browser.get(browser.getCurrentUrl());
        waitForNames();
        assertEquals(found, names());
        assertEquals("yorkshire", browser.findElement(By.cssSelector("input.ui-column-filter")).getAttribute("value"));
    }

    @Test
    void pageRowsAndOrderAreInTheAddressSoAViewCanBeBookmarked() {
        open("organisations.xhtml?rows=100");
        waitForNames();
        List<String> all = names();
        assertTrue(all.size() > 10, all.toString());

        open("organisations.xhtml?rows=10");
        waitForNames();
        assertEquals(all.subList(0, 10), names());
        browser.findElement(By.cssSelector(".ui-paginator-next")).click();
        waitForAddress("page=2");
        assertEquals(all.subList(10, all.size()), names());
        assertTrue(browser.getCurrentUrl().endsWith("organisations.xhtml?page=2&rows=10"), browser.getCurrentUrl());

        // A bookmarked descending second page: the first names of the list, last first.
        open("organisations.xhtml?page=2&rows=10&order=desc");
        waitForNames();
        List<String> expected = new java.util.ArrayList<>(all.subList(0, all.size() - 10));
        java.util.Collections.reverse(expected);
        assertEquals(expected, names());
        assertEquals("descending", browser.findElement(By.cssSelector("th.ui-sortable-column")).getAttribute("aria-sort"));
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void badPagingParametersGiveAMessage() {
        assertMessage("organisations.xhtml?page=abc", 400, "page must be a whole number");
        assertMessage("organisations.xhtml?rows=7", 400, "rows must be");
        assertMessage("organisations.xhtml?rows=30", 400, "rows must be one of [10, 25, 50, 100]");
        assertMessage("organisations.xhtml?order=up", 400, "order must be asc or desc");
    }

    @Test
    void aTooLongNameGivesAMessage() {
        assertMessage("organisations.xhtml?name=" + "x".repeat(201), 400, "'name' can be at most 200 characters.");
    }

    @Test
    void theHomePageSaysWhatThisIsAndLinksToTheStartingPoints() {
        open("");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("works together"));
        for (String page : List.of("map.xhtml", "organisations.xhtml", "coverage.xhtml", "summary.xhtml",
                "partners.xhtml", "pathways.xhtml", "connectors.xhtml", "openapi/ui/")) {
            assertTrue(browser.findElements(By.cssSelector("main a[href$='" + page + "']")).size() == 1, page);
        }
        Browser.screenshot(browser, "home");
        Accessibility.assertNoSeriousViolations(browser);
        assertFitsAPhone("", "home-phone");
    }
}
