package org.thirdsectoratlas.consortia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.PageTest;

/** A consortium's page: the Advonet consortium, the one consortium the research names. */
class ConsortiumPageIT extends PageTest {

    @Test
    void advonetWithItsPartnerTheResearchsThreeStructuresAndItsReadiness() {
        // Research: "Age UK ... is also part of Linking Leeds, the Advonet consortium and the Leeds Oak Alliance."
        // It states neither the consortium's structure nor a lead partner.
        open("consortium.xhtml?id=advonet-consortium");
        assertEquals("Advonet consortium", browser.findElement(By.tagName("h1")).getText());
        assertEquals(List.of("Age UK Leeds"), browser.findElements(By.cssSelector("#partners a")).stream()
                .map(WebElement::getText).toList());
        assertTrue(browser.findElement(By.cssSelector("#partners a[href='organisation.xhtml?id=age-uk-leeds']")).isDisplayed());
        assertEquals("No lead partner is recorded.", browser.findElement(By.id("consortium-lead")).getText());
        assertTrue(browser.findElement(By.id("consortium-structure")).getText()
                .startsWith("No source states this consortium's structure."));

        // "There are three main structures for consortia", in the research's words and order.
        List<String> structures = browser.findElements(By.cssSelector("#structures dt")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Lead Partner/Minor Partner(s) (sometimes subcontractors)", "Umbrella or shell",
                "Partnership of equals"), structures);
        String described = browser.findElement(By.id("structures")).getText();
        assertTrue(described.contains("This structure involves a lead partner who provides internal project/contract "
                + "management functions for the consortium"), described);
        assertTrue(described.contains("with no one organisation being in the lead"), described);
        assertTrue(described.contains("probably the most common"), described);

        assertTrue(browser.findElement(By.id("contracts")).getText().contains("No contract is recorded."));
        assertTrue(browser.findElement(By.cssSelector("section[aria-labelledby='source-title']")).getText()
                .contains("Last confirmed 2023-07-01"));

        // The readiness checklist as readiness.xhtml shows it: 43 items, grouped by stage under this section.
        assertEquals(43, browser.findElements(By.cssSelector("ul.checklist > li")).size());
        assertEquals("NOT_SHOWN", browser.findElement(By.id("item-success-factor-during-bidding-3"))
                .getAttribute("data-status"));
        assertTrue(browser.findElements(By.cssSelector(".checklist-group h3")).size() >= 8);
        assertTrue(browser.findElement(By.cssSelector("a[href='readiness.xhtml?id=advonet-consortium']")).isDisplayed());
        Browser.screenshot(browser, "consortium");
        Accessibility.assertNoSeriousViolations(browser);
        assertReachableByKeyboard(By.cssSelector("#partners a[href='organisation.xhtml?id=age-uk-leeds']"), 40);
    }

    @Test
    void theOrganisationPageLinksToItsConsortia() {
        open("organisation.xhtml?id=age-uk-leeds");
        browser.findElement(By.cssSelector("#consortia a[href='consortium.xhtml?id=advonet-consortium']")).click();
        assertEquals("Advonet consortium", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void unknownMissingAndMalformedIdsGiveAMessage() {
        assertIdMessages("consortium.xhtml", "consortium");
    }
}
