package org.thirdsectoratlas.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.PageTest;

/** A network's page: the Leeds Solidarity Network as the research describes it. */
class NetworkPageIT extends PageTest {

    @Test
    void theLeedsSolidarityNetworksMembersCommunitiesCoverageAndSource() {
        // Research: "The organisations comprise Leeds GATE, BASIS Yorkshire, LASSN and Yorkshire MESMAC work with
        // Gypsies and Travellers, Sex Workers, Asylum Seekers and Refugees, communities affected by HIV and LGBTQ+ communities."
        open("network.xhtml?id=leeds-solidarity-network");
        assertEquals("Leeds Solidarity Network", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Leeds Solidarity Network · Third Sector Atlas", browser.getTitle());
        List<String> members = browser.findElements(By.cssSelector("#members a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("BASIS Yorkshire", "LASSN", "Leeds GATE", "Yorkshire MESMAC"), members);
        assertTrue(browser.findElement(By.cssSelector("#members a[href='organisation.xhtml?id=leeds-gate']")).isDisplayed());
        assertTrue(browser.findElement(By.id("network-description")).getText()
                .contains("working with communities experiencing marginalisation and extreme inequality"));
        String communities = browser.findElement(By.id("communities")).getText();
        assertTrue(communities.contains("Gypsies and Travellers") && communities.contains("Sex Workers"), communities);
        assertTrue(browser.findElement(By.id("localities")).getText().contains("Leeds"));

        // Its own ties cover Sex Workers in Leeds, and so does BASIS Yorkshire, the member working with them.
        WebElement sexWorkers = browser.findElement(By.cssSelector("#coverage tr[data-cell='sex-workers|leeds']"));
        assertTrue(sexWorkers.getText().contains("Its own ties; members: BASIS Yorkshire"), sexWorkers.getText());
        assertEquals(1, sexWorkers.findElements(By.cssSelector("a[href='organisation.xhtml?id=basis-yorkshire']")).size());
        WebElement asylum = browser.findElement(By.cssSelector(
                "#coverage tr[data-cell='asylum-seekers-refugees-and-migrant-communities|leeds']"));
        assertTrue(asylum.getText().contains("LASSN"), asylum.getText());

        String source = browser.findElement(By.cssSelector("section[aria-labelledby='source-title']")).getText();
        assertTrue(source.contains("Last confirmed 2023-07-01"), source);
        assertTrue(source.contains("Research: tsl-consortium-working-research-2023"), source);
        Browser.screenshot(browser, "network");
        Accessibility.assertNoSeriousViolations(browser);

        assertReachableByKeyboard(By.cssSelector("#members a[href='organisation.xhtml?id=leeds-gate']"), 40);
    }

    @Test
    void theOrganisationPageLinksToItsNetworks() {
        open("organisation.xhtml?id=leeds-gate");
        browser.findElement(By.cssSelector("#networks a[href='network.xhtml?id=leeds-solidarity-network']")).click();
        assertEquals("Leeds Solidarity Network", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void unknownMissingAndMalformedIdsGiveAMessage() {
        assertIdMessages("network.xhtml", "network");
    }
}
