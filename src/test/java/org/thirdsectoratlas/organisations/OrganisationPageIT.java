package org.thirdsectoratlas.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.PageTest;

/** One organisation's page: Age UK Leeds as the research describes it. */
class OrganisationPageIT extends PageTest {

    @Test
    void ageUkLeedsWithItsNetworksConsortiumProgrammeAndSources() {
        String page = open("organisation.xhtml?id=age-uk-leeds");
        assertEquals("Age UK Leeds", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Age UK Leeds · Third Sector Atlas", browser.getTitle());

        String networks = browser.findElement(By.id("networks")).getText();
        assertTrue(networks.contains("Leeds Oak Alliance"), networks);
        assertTrue(networks.contains("Linking Leeds"), networks);
        assertTrue(networks.contains("Last confirmed 2023-07-01 (confirmed)"), networks);
        String consortia = browser.findElement(By.id("consortia")).getText();
        assertTrue(consortia.contains("Advonet consortium"), consortia);
        assertTrue(browser.findElement(By.cssSelector("#consortia a[href$='readiness.xhtml?id=advonet-consortium']"))
                .isDisplayed());
        assertTrue(browser.findElement(By.id("programmes")).getText().contains("Enhance Runs"));
        assertTrue(page.contains("Research"), page);
        assertTrue(browser.findElements(By.cssSelector("#networks blockquote")).stream()
                .anyMatch(q -> q.getText().contains("Linking Leeds")));
        Browser.screenshot(browser, "organisation");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void identifiersAreListed() {
        open("organisation.xhtml?id=voluntary-action-leeds");
        String identifiers = browser.findElement(By.id("identifiers")).getText();
        assertTrue(identifiers.contains("voluntary-action-leeds"), identifiers);
        assertTrue(identifiers.lines().count() >= 2, identifiers);
    }

    @Test
    void unknownMissingAndMalformedIdsGiveAMessage() {
        assertMessage("organisation.xhtml?id=no-such-organisation", 404,
                "No organisation has the id 'no-such-organisation'.");
        assertTrue(main().contains("directory"));
        Accessibility.assertNoSeriousViolations(browser);
        assertMessage("organisation.xhtml", 400, "Add '?id=' and an id to the address");
        assertMessage("organisation.xhtml?id=a%20b", 400, "'id' must be an id");
    }
}
