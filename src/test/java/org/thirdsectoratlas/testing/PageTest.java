package org.thirdsectoratlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Base of the explorer's page tests: one headless Chromium per test class, and the checks every page shares
 * (messages instead of stack traces, no horizontal scrolling on a phone).
 */
public abstract class PageTest extends DeployedAtlasTest {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    protected static WebDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.chromium();
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    /** Opens a page of the application and returns the text of its main content. */
    protected static String open(String path) {
        browser.get(Http.uri(path).toString());
        return main();
    }

    protected static String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    protected static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** The page answers with the status, says the message on the page, and shows no stack trace. */
    protected static void assertMessage(String path, int status, String message) {
        HttpResponse<String> response = Http.get(path);
        assertEquals(status, response.statusCode(), path);
        String text = open(path);
        assertTrue(text.contains(message), path + ": " + text);
        assertFalse(browser.getPageSource().contains("Exception"), path);
        assertFalse(browser.getPageSource().contains("at org."), path);
    }

    /**
     * The link or control can be reached from the top of the page with the Tab key alone (at most
     * {@code maxTabs} presses) and has focus then.
     */
    protected static void assertReachableByKeyboard(By target, int maxTabs) {
        org.openqa.selenium.WebElement wanted = browser.findElement(target);
        js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser);
        for (int i = 0; i < maxTabs; i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            if (wanted.equals(browser.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError(target + " is not reached in " + maxTabs + " presses of Tab");
    }

    /**
     * A page about one thing (page.xhtml?id=…): an unknown id is a 404, a missing or malformed one a 400, each
     * with its message on an accessible page.
     */
    protected static void assertIdMessages(String page, String kind) {
        assertMessage(page + "?id=no-such-thing", 404, "No " + kind + " has the id 'no-such-thing'.");
        Accessibility.assertNoSeriousViolations(browser);
        assertMessage(page, 400, "Add '?id=' and an id to the address");
        assertMessage(page + "?id=a%20b", 400, "'id' must be an id");
    }

    /** At phone width the page itself does not scroll sideways (wide tables scroll in their own region). */
    protected static void assertFitsAPhone(String path, String screenshot) {
        browser.manage().window().setSize(PHONE);
        try {
            open(path);
            long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow <= 0, path + " scrolls sideways by " + overflow + "px at 390px wide");
            Browser.screenshot(browser, screenshot);
        } finally {
            browser.manage().window().setSize(DESKTOP);
        }
    }
}
