package org.thirdsectoratlas.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.PageTest;

/** The commissioner pages (coverage, lead exposure, summary) on the Leeds seed, in headless Chromium. */
class CommissionerPagesIT extends PageTest {

    private static WebElement cell(String community, String locality) {
        return browser.findElement(By.cssSelector("td[data-cell='" + community + "|" + locality + "']"));
    }

    @Test
    void theCoverageMatrixMarksEmptyCellsInWordsAndListsWhoCoversTheOthers() {
        String page = open("coverage.xhtml");
        assertTrue(page.contains("10 cells covered, 53 empty."), page);

        WebElement olderPeople = cell("older-people", "leeds");
        assertEquals("None", olderPeople.getText());
        assertTrue(olderPeople.getAttribute("class").contains("cell-empty"));

        // BASIS Yorkshire supports sex workers; its place in Leeds comes through the Leeds Solidarity Network.
        WebElement sexWorkers = cell("sex-workers", "leeds");
        assertTrue(sexWorkers.getText().contains("BASIS Yorkshire (through Leeds Solidarity Network)"),
                sexWorkers.getText());
        assertTrue(sexWorkers.getAttribute("class").contains("cell-covered"));
        assertTrue(sexWorkers.findElement(By.linkText("BASIS Yorkshire")).getAttribute("href")
                .endsWith("map.xhtml?focus=basis-yorkshire"));
        Browser.screenshot(browser, "coverage");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void coverageFiltersAreBookmarkable() {
        open("coverage.xhtml?community=people-from-the-lgbt-community");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.coverage tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(cell("people-from-the-lgbt-community", "leeds").getText().contains("Yorkshire MESMAC"));
        assertEquals("people-from-the-lgbt-community",
                browser.findElement(By.id("f-community")).getAttribute("value"));

        open("coverage.xhtml?locality=leeds&community=older-people");
        assertEquals(1, browser.findElements(By.cssSelector("table.coverage td")).size());
        assertEquals("None", cell("older-people", "leeds").getText());
    }

    @Test
    void badOrUnknownCoverageFiltersGiveAMessage() {
        assertMessage("coverage.xhtml?community=not%20an%20id", 400, "'community' must be an id");
        assertMessage("coverage.xhtml?locality=atlantis", 404, "No locality has the id 'atlantis'.");
        assertTrue(browser.findElements(By.cssSelector("table.coverage")).isEmpty());
    }

    @Test
    void leadExposureSaysNoLeadIsRecordedAndGivesTheResearchRisks() {
        String page = open("lead-exposure.xhtml");
        assertTrue(browser.findElement(By.id("exposure-explanation")).getText()
                .startsWith("No lead partner is recorded"), page);
        assertTrue(page.contains("1 consortia, 1 partnerships, 0 with a stated role."), page);
        assertTrue(page.contains("Cash flow difficulties"), page);
        Browser.screenshot(browser, "lead-exposure");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void theSummaryChartsFormalityAndCommunitiesWithTablesOfTheSameNumbers() {
        String page = open("summary.xhtml");
        // graph-seed: 17 organisations, of which 5 charities and 4 infrastructure bodies are the third sector;
        // 5 statutory bodies and 3 funders are not.
        assertEquals("9 third-sector organisations are mapped (charities, community groups, social enterprises and"
                + " infrastructure bodies), of the 17 organisations in the directory: the other 3 funders and"
                + " 5 statutory bodies are not counted, as they are not the third sector.",
                browser.findElement(By.id("third-sector-count")).getText());
        assertEquals(2, browser.findElements(By.cssSelector(".ui-chart canvas[role='img']")).size());
        assertEquals(Boolean.TRUE, js("return document.querySelector('#formality-chart canvas').width > 0"));

        String formality = browser.findElement(By.id("formality")).getText();
        // Third Sector Trends: 73% informal, 65% semi-formal, 34% formal; the graph: Age UK Leeds alone formal.
        assertTrue(formality.contains("Informal 73%"), formality);
        assertTrue(formality.contains("Semi-formal 65%"), formality);
        assertTrue(formality.contains("Formal 34% 20% 2 1 11.1%"), formality);
        String communities = browser.findElement(By.id("communities")).getText();
        assertTrue(communities.contains("Gypsies and Travellers no figure 11% 1 25%"), communities);
        assertTrue(communities.contains("Older People no figure 56% 0 0%"), communities);
        Browser.screenshot(browser, "summary");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void theCoverageMatrixIsUsableOnAPhone() {
        assertFitsAPhone("coverage.xhtml", "coverage-phone");
        assertFalse(browser.findElements(By.cssSelector(".table-scroll[tabindex='0']")).isEmpty());
    }
}
