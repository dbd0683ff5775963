package org.thirdsectoratlas.consortia.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.PageTest;

/** The readiness checklist page for the Advonet consortium, the one consortium of the Leeds seed. */
class ReadinessPageIT extends PageTest {

    private static WebElement item(String id) {
        return browser.findElement(By.id("item-" + id));
    }

    @Test
    void advonetsChecklistIsGroupedByStageWithStatusInWords() {
        String page = open("readiness.xhtml?id=advonet-consortium");
        assertEquals("Readiness: Advonet consortium", browser.findElement(By.tagName("h1")).getText());
        assertTrue(page.contains("1 partner(s) recorded. 0 met, 0 at risk,"), page);

        // LEAD_AGREED: no partner of Advonet is recorded as lead, which the graph cannot show.
        WebElement lead = item("success-factor-during-bidding-3");
        assertEquals("NOT_SHOWN", lead.getAttribute("data-status"));
        assertTrue(lead.getText().startsWith("Not shown by the graph"), lead.getText());
        assertTrue(item("success-factor-during-bidding-1").getText().contains("Age UK Leeds"));
        assertTrue(item("key-risk-1").getText().startsWith("To discuss"), item("key-risk-1").getText());

        List<String> headings = browser.findElements(By.cssSelector(".checklist-group h2")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Success factor: before bidding", "Success factor: during bidding",
                "Success factor: running a service", "Key learning: forming", "Key learning: contracting",
                "Key learning: delivery", "Key risk", "Recommendation"), headings);
        assertEquals(43, browser.findElements(By.cssSelector("ul.checklist > li")).size());
        Browser.screenshot(browser, "readiness");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void unknownMissingAndMalformedIdsGiveAMessage() {
        assertMessage("readiness.xhtml?id=no-such-consortium", 404, "No consortium has the id 'no-such-consortium'.");
        assertMessage("readiness.xhtml", 400, "Add '?id=' and an id to the address");
        assertMessage("readiness.xhtml?id=%3Cscript%3E", 400, "'id' must be an id");
        Accessibility.assertNoSeriousViolations(browser);
    }
}
