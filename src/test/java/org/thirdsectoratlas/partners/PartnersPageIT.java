package org.thirdsectoratlas.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.PageTest;

/**
 * The partner finder on the Leeds seed, with the known answer of PartnerFinderTest: for Leeds GATE's bid for
 * sex workers, LGBT+ people, people affected by HIV and asylum seekers in Leeds, Yorkshire MESMAC adds most
 * (two communities), then BASIS Yorkshire and LASSN (one each, also one hop away); nobody shares premises.
 */
class PartnersPageIT extends PageTest {

    private static final String BID = "partners.xhtml?communities=sex-workers,people-from-the-lgbt-community,"
            + "communities-affected-by-hiv,asylum-seekers-refugees-and-migrant-communities&localities=leeds"
            + "&resourceKinds=PREMISES&members=leeds-gate";

    private static List<String> candidates() {
        return browser.findElements(By.cssSelector("#candidates > li")).stream()
                .map(li -> li.getAttribute("data-id")).toList();
    }

    @Test
    void yorkshireMesmacAddsMostToLeedsGatesBidAndAddingItUpdatesTheCoverage() {
        open(BID);
        assertEquals(List.of("yorkshire-mesmac", "basis-yorkshire", "lassn"), candidates(), main());
        WebElement first = browser.findElement(By.cssSelector("#candidates > li"));
        assertTrue(first.getText().contains("communities affected by HIV; People from the LGBT+ community"),
                first.getText());
        assertTrue(first.getText().contains("1 hop from Leeds GATE: both members of Leeds Solidarity Network"),
                first.getText());
        assertEquals("premises", browser.findElement(By.id("uncovered")).getText());
        assertEquals("Leeds", browser.findElement(By.id("covered")).getText());
        js("document.getElementById('coverage-title').scrollIntoView()");
        Browser.screenshot(browser, "partners");
        Accessibility.assertNoSeriousViolations(browser);

        first.findElement(By.cssSelector("a.add-to-bid")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains("members=leeds-gate%2Cyorkshire-mesmac"));
        assertEquals(List.of("basis-yorkshire", "lassn"), candidates(), "equal coverage and closeness: by name");
        String covered = browser.findElement(By.id("covered")).getText();
        assertTrue(covered.contains("communities affected by HIV") && covered.contains("Leeds"), covered);
        assertTrue(browser.findElement(By.id("members")).getText().contains("Yorkshire MESMAC"));
    }

    @Test
    void theFormAddsAMemberFromTheKeyboardAndLeadsToABookmarkableAddress() {
        open("partners.xhtml?communities=sex-workers");
        WebElement input = browser.findElement(By.id("partnerForm:addMember_input"));
        input.sendKeys("Leeds G");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("partnerForm:addMember_panel")).getText().contains("Leeds GATE"));
        assertTrue(browser.findElements(By.cssSelector("[id='partnerForm:addMember_panel'] li.ui-state-highlight"))
                .isEmpty(), "nothing highlighted before Arrow Down: it moves to the first suggestion, Leeds GATE");
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        waitUntilMembersInclude("Leeds GATE");
        browser.findElement(By.id("partnerForm:find")).sendKeys(Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("members=leeds-gate"));
        assertTrue(browser.getCurrentUrl().contains("communities=sex-workers"), browser.getCurrentUrl());
        assertEquals("basis-yorkshire", candidates().get(0), main());
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void anOrganisationChosenWithEnterIsInTheBidAtOnceAndInTheAddress() {
        open("partners.xhtml?communities=sex-workers&members=leeds-gate");
        WebElement input = browser.findElement(By.id("partnerForm:addMember_input"));
        input.sendKeys("MESMAC");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("partnerForm:addMember_panel")).getText().contains("Yorkshire MESMAC"));
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        waitUntilMembersInclude("Yorkshire MESMAC");
        assertTrue(browser.findElement(By.id("members-title")).getText().contains("(2)"));
        assertTrue(browser.getCurrentUrl().contains("members=leeds-gate%2Cyorkshire-mesmac"), browser.getCurrentUrl());
        assertEquals("", browser.findElement(By.id("partnerForm:addMember_input")).getAttribute("value"),
                "the field is ready for the next");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void unknownAndBadValuesGiveAMessage() {
        assertMessage("partners.xhtml?communities=no-such-community", 404,
                "No community has the id 'no-such-community'.");
        assertMessage("partners.xhtml?communities=sex-workers&members=nobody-here", 404,
                "No organisation has the id 'nobody-here'.");
        assertMessage("partners.xhtml?resourceKinds=GOLD", 400, "resourceKinds must be one of");
        assertMessage("partners.xhtml?localities=a%20b", 400, "localities must be an id");
    }

    /** Choosing a member reloads the page at its new address, so the list may be replaced while we read it. */
    private static void waitUntilMembersInclude(String name) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("members")).getText().contains(name));
    }
}
