package org.thirdsectoratlas.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
    void leedsGatesCollaboratorsAreGroupedByTieWithItsCommunitiesAndPlaces() {
        // MEMBER_OF.csv: Leeds GATE, BASIS Yorkshire, LASSN and Yorkshire MESMAC form the Leeds Solidarity Network;
        // SUPPORTS.csv and OPERATES_IN.csv: Leeds GATE works with Gypsies and Travellers, in Leeds.
        open("organisation.xhtml?id=leeds-gate");
        WebElement network = browser.findElement(By.cssSelector("#collaborators ul[data-tie='SHARED_NETWORK']"));
        List<String> rows = network.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("BASIS Yorkshire: both members of Leeds Solidarity Network"), rows.get(0));
        assertTrue(browser.findElement(By.id("collaborators")).getText().contains("Members of the same network (3)"));
        String communities = browser.findElement(By.id("communities")).getText();
        assertTrue(communities.contains("Gypsies and Travellers"), communities);
        assertTrue(communities.contains("Last confirmed 2023-07-01"), communities);
        assertTrue(browser.findElement(By.id("localities")).getText().contains("Leeds"));
        assertTrue(browser.findElement(By.id("resources")).getText().contains("No shared resource is recorded."));
        Accessibility.assertNoSeriousViolations(browser);

        open("organisation.xhtml?id=age-uk-leeds");
        assertTrue(browser.findElement(By.id("no-collaborators")).isDisplayed());
        open("organisation.xhtml?id=forum-central");
        assertTrue(browser.findElement(By.cssSelector("#collaborators ul[data-tie='COLLABORATION']")).getText()
                .contains("Voluntary Action Leeds"));
        assertTrue(browser.findElement(By.id("collaborations")).getText().contains("Research"));
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
