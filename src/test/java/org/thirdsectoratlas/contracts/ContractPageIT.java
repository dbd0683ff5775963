package org.thirdsectoratlas.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.PageTest;
import org.thirdsectoratlas.testing.ServerGraph;

/**
 * A contract's page. The Leeds research names no contract, so the test records one through the API the way a
 * member would (a consortium Leeds GATE leads, delivering for Leeds City Council) and reads it in the browser.
 */
class ContractPageIT extends PageTest {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @AfterAll
    static void restoreTheSeed() {
        ServerGraph.resetToLeedsSeed();
    }

    @Test
    void aRecordedContractShowsItsCommissionerTermsAndDeliverersAndIsLinkedFromItsConsortium() {
        String consortium = "it-page-delivery-" + RUN;
        var created = Api.post("api/consortia", """
                {"id": "%s", "name": "IT Page Delivery %s", "structure": "LEAD_PARTNER", "lead": "leeds-gate",
                 "partners": [{"organisation": "lassn", "role": "minor"}]}"""
                .formatted(consortium, RUN), DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(201, created.statusCode(), created.body());
        String contract = "it-page-contract-" + RUN;
        var let = Api.post("api/contracts", """
                {"id": "%s", "name": "IT Page Contract %s", "value": 125000.50, "startDate": "2025-04-01",
                 "endDate": "2027-03-31", "commissioner": "leeds-city-council", "deliveredBy": "%s"}"""
                .formatted(contract, RUN, consortium), DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(201, let.statusCode(), let.body());

        open("consortium.xhtml?id=" + consortium);
        browser.findElement(By.cssSelector("#contracts a[href='contract.xhtml?id=" + contract + "']")).click();
        assertEquals("IT Page Contract " + RUN, browser.findElement(By.tagName("h1")).getText());
        assertEquals("organisation.xhtml?id=leeds-city-council",
                browser.findElement(By.id("commissioner")).getDomAttribute("href"));
        String terms = browser.findElement(By.id("contract-terms")).getText();
        assertTrue(terms.contains("£125,000.50"), terms);
        assertTrue(terms.contains("2025-04-01 to 2027-03-31"), terms);
        assertEquals("IT Page Delivery " + RUN, browser.findElement(
                By.cssSelector("#delivered-by a[href='consortium.xhtml?id=" + consortium + "']")).getText());
        String source = browser.findElement(By.cssSelector("section[aria-labelledby='source-title']")).getText();
        assertTrue(source.contains("Last confirmed " + java.time.LocalDate.now().getYear()), source);
        Browser.screenshot(browser, "contract");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void unknownMissingAndMalformedIdsGiveAMessage() {
        assertIdMessages("contract.xhtml", "contract");
    }
}
