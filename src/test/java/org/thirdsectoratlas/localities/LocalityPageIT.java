package org.thirdsectoratlas.localities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.PageTest;

/** A place's page: Leeds, part of West Yorkshire, where the research's organisations and networks work. */
class LocalityPageIT extends PageTest {

    @Test
    void leedsWithTheRegionItIsPartOfWhoWorksThereAndItsCoverage() {
        open("locality.xhtml?id=leeds");
        assertEquals("Leeds", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("locality-kind")).getText().startsWith("City."));
        assertEquals(List.of("West Yorkshire"), browser.findElements(By.cssSelector("#part-of a")).stream()
                .map(WebElement::getText).toList());
        // OPERATES_IN.csv: these are stated to work in Leeds itself.
        List<String> organisations = browser.findElements(By.cssSelector("#organisations a")).stream()
                .map(WebElement::getText).toList();
        assertTrue(organisations.containsAll(List.of("Age UK Leeds", "Forum Central", "Leeds GATE",
                "Voluntary Action Leeds")), organisations.toString());
        assertTrue(!organisations.contains("West Yorkshire Integrated Care Board"), organisations.toString());
        assertTrue(browser.findElements(By.cssSelector("#networks a")).stream().map(WebElement::getText).toList()
                .contains("Leeds Solidarity Network"));

        String gypsies = browser.findElement(By.cssSelector("#coverage tr[data-cell='gypsies-and-travellers|leeds']")).getText();
        assertTrue(gypsies.contains("Leeds GATE"), gypsies);
        assertTrue(browser.findElements(By.cssSelector("#coverage td.cell-empty")).size() > 0,
                "Leeds has communities nobody is recorded covering");
        Browser.screenshot(browser, "locality");
        Accessibility.assertNoSeriousViolations(browser);
        assertReachableByKeyboard(By.cssSelector("#part-of a[href='locality.xhtml?id=west-yorkshire']"), 40);
    }

    @Test
    void westYorkshireListsLeedsWithinItAndTheOrganisationPageLinksHere() {
        open("locality.xhtml?id=west-yorkshire");
        assertTrue(browser.findElement(By.id("places")).getText().contains("Leeds"));
        assertTrue(browser.findElement(By.id("organisations")).getText().contains("West Yorkshire Integrated Care Board"));

        open("organisation.xhtml?id=leeds-gate");
        browser.findElement(By.cssSelector("#localities a[href='locality.xhtml?id=leeds']")).click();
        assertEquals("Leeds", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void unknownMissingAndMalformedIdsGiveAMessage() {
        assertIdMessages("locality.xhtml", "locality");
    }
}
