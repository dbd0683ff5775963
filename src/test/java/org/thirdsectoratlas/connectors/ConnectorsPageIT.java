package org.thirdsectoratlas.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.PageTest;

/**
 * The connectors page on the Leeds seed. As PathwaysApiIT finds over the API: Leeds' ties of trust are a pair
 * (Forum Central - Voluntary Action Leeds) and a clique (the Leeds Solidarity Network's four members), so nobody
 * is a single point of failure or a broker; the page says so and why, with when it was computed.
 */
class ConnectorsPageIT extends PageTest {

    @Test
    void onLeedsThereIsNoSinglePointOfFailureAndThePageSaysWhy() {
        open("connectors.xhtml");
        assertEquals("Single points of failure (0)", browser.findElement(By.id("spof-title")).getText());
        assertTrue(browser.findElement(By.id("no-spof")).getText().contains("No organisation is a single point of failure"));
        assertTrue(browser.findElement(By.id("no-brokers")).getText().contains("No organisation sits between others"));
        String computed = browser.findElement(By.id("computed")).getText();
        assertTrue(computed.matches("(?s)Computed \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC over 9 organisations.*"),
                computed);
        assertTrue(computed.contains("each time the Atlas changes it"), computed);
        assertTrue(browser.findElement(By.cssSelector("nav a[href$='connectors.xhtml']")).isDisplayed());
        Browser.screenshot(browser, "connectors");
        Accessibility.assertNoSeriousViolations(browser);
    }
}
