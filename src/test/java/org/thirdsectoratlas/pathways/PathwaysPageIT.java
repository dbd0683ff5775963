package org.thirdsectoratlas.pathways;

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
 * The pathway finder on the Leeds seed. Expected answers as in LeedsPathwaysTest: the Leeds Solidarity
 * Network joins Leeds GATE and Yorkshire MESMAC directly; Age UK Leeds has no tie of trust to anyone.
 */
class PathwaysPageIT extends PageTest {

    /** The form re-renders by Ajax: an element found may be replaced before it is read, and is then found again. */
    private static WebDriverWait waitUpTo(int seconds) {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(seconds))
                .ignoring(StaleElementReferenceException.class);
    }

    @Test
    void leedsGateReachesYorkshireMesmacFirstThroughTheSolidarityNetwork() {
        open("pathways.xhtml?from=leeds-gate&to=yorkshire-mesmac");
        List<WebElement> pathways = browser.findElements(By.cssSelector("#pathways > li"));
        assertEquals(3, pathways.size(), main());
        List<WebElement> firstHops = pathways.get(0).findElements(By.cssSelector(".hop"));
        assertEquals(1, firstHops.size());
        String hop = firstHops.get(0).getText();
        assertTrue(hop.startsWith("Leeds GATE to Yorkshire MESMAC: both members of Leeds Solidarity Network"), hop);
        assertTrue(pathways.get(1).getText().contains("BASIS Yorkshire"), pathways.get(1).getText());

        waitUpTo(30).until(d -> "true".equals(js("return document.body.dataset.pathwaysReady || ''")));
        assertEquals(4L, js("return AtlasMap.cy().nodes().length"), "GATE, MESMAC, BASIS and LASSN");
        assertEquals("Leeds GATE", browser.findElement(By.id("pathwayForm:from_input")).getAttribute("value"));
        Browser.screenshot(browser, "pathways");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void noPathwaySaysWhy() {
        open("pathways.xhtml?from=age-uk-leeds&to=leeds-gate");
        String reason = browser.findElement(By.id("no-pathway")).getText();
        assertTrue(reason.contains("Age UK Leeds has no ties of trust to any other organisation"), reason);
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void theOptionsOfTheApiAreInTheAddress() {
        open("pathways.xhtml?from=leeds-gate&to=yorkshire-mesmac&formalOnly=true");
        assertTrue(browser.findElement(By.id("no-pathway")).getText().contains("formal ties only"));
        open("pathways.xhtml?from=leeds-gate&to=yorkshire-mesmac&limit=1&avoid=basis-yorkshire");
        assertEquals(1, browser.findElements(By.cssSelector("#pathways > li")).size());
    }

    @Test
    void theFormWorksFromTheKeyboardAndLeadsToABookmarkableAddress() {
        open("pathways.xhtml");
        choose("pathwayForm:from_input", "GATE", "Leeds GATE");
        choose("pathwayForm:to_input", "MESMAC", "Yorkshire MESMAC");
        browser.findElement(By.id("pathwayForm:find")).sendKeys(Keys.ENTER);

        waitUpTo(30).until(ExpectedConditions.urlContains("to=yorkshire-mesmac"));
        assertTrue(browser.getCurrentUrl().contains("from=leeds-gate"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("pathways")).getText()
                .contains("both members of Leeds Solidarity Network"));
    }

    /** Types into an autocomplete, waits for the suggestion, and picks it with the arrow and Enter keys. */
    private static void choose(String inputId, String typed, String suggestion) {
        WebElement input = browser.findElement(By.id(inputId));
        input.sendKeys(typed);
        String panel = inputId.replace("_input", "_panel");
        waitUpTo(20).until(d -> d.findElement(By.id(panel)).getText().contains(suggestion));
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        waitUpTo(10).until(d -> suggestion.equals(input.getAttribute("value")));
    }

    @Test
    void arrowDownFromTheInputMovesToTheFirstSuggestionAndEnterPicksIt() {
        open("pathways.xhtml");
        WebElement input = browser.findElement(By.id("pathwayForm:from_input"));
        input.sendKeys("Leeds G");
        By items = By.cssSelector("[id='pathwayForm:from_panel'] li.ui-autocomplete-item");
        waitUpTo(60).until(d -> d.findElements(items).size() > 1);
        assertEquals(0, browser.findElements(By.cssSelector("[id='pathwayForm:from_panel'] li.ui-state-highlight")).size(),
                "no suggestion is highlighted before the arrow key (WAI-ARIA combobox)");
        String first = browser.findElements(items).get(0).getAttribute("data-item-label");
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        waitUpTo(10).until(d -> first.equals(input.getAttribute("value")));
        assertEquals("Leeds GATE", first, "the best match for 'Leeds G' comes first");
    }

    @Test
    void emptyFieldsAndUnchosenTextAreNamedBesideTheFieldAndKept() {
        open("pathways.xhtml");
        browser.findElement(By.id("pathwayForm:find")).click();
        String fromMessage = waitUpTo(20).until(d -> d.findElement(By.id("pathwayForm:from-message"))).getText();
        assertTrue(fromMessage.contains("Choose the organisation to start from"), fromMessage);
        assertTrue(browser.findElement(By.id("pathwayForm:to-message")).getText()
                .contains("Choose the organisation to reach"));
        assertTrue(browser.getCurrentUrl().endsWith("pathways.xhtml"), browser.getCurrentUrl());

        WebElement from = browser.findElement(By.id("pathwayForm:from_input"));
        from.sendKeys("Leeds Gatez");
        from.sendKeys(Keys.ESCAPE);
        WebElement to = browser.findElement(By.id("pathwayForm:to_input"));
        to.sendKeys("yorkshire mesmac"); // the whole name, typed without choosing the suggestion
        to.sendKeys(Keys.ESCAPE);
        browser.findElement(By.id("pathwayForm:find")).click();
        waitUpTo(20).until(d -> d.findElement(By.id("pathwayForm:from-message")).getText().contains("Leeds Gatez"));
        fromMessage = browser.findElement(By.id("pathwayForm:from-message")).getText();
        assertTrue(fromMessage.contains("No organisation is called 'Leeds Gatez'"), fromMessage);
        assertTrue(fromMessage.contains("Closest: Leeds GATE"), fromMessage);
        assertEquals("Leeds Gatez", browser.findElement(By.id("pathwayForm:from_input")).getAttribute("value"),
                "what was typed is kept");
        assertEquals("", browser.findElement(By.id("pathwayForm:to-message")).getText(), "the whole name is enough");
        Accessibility.assertNoSeriousViolations(browser);

        WebElement again = browser.findElement(By.id("pathwayForm:from_input"));
        again.clear();
        again.sendKeys("leeds gate");
        again.sendKeys(Keys.ESCAPE);
        browser.findElement(By.id("pathwayForm:find")).click();
        waitUpTo(30).until(ExpectedConditions.urlContains("to=yorkshire-mesmac"));
        assertTrue(browser.getCurrentUrl().contains("from=leeds-gate"), browser.getCurrentUrl());
    }

    @Test
    void theFieldsFocusRingMeetsWcagFocusAppearance() {
        open("pathways.xhtml");
        browser.findElement(By.id("pathwayForm:from_input")).click();
        for (String id : List.of("pathwayForm:from_input", "pathwayForm:maxHops")) {
            if (id.endsWith("maxHops")) {
                browser.findElement(By.id("pathwayForm:avoid_input")).sendKeys(Keys.TAB); // by keyboard
            }
            Object ring = js("""
                    const s = getComputedStyle(document.activeElement);
                    const rgb = c => c.match(/[0-9.]+/g).slice(0, 3).map(Number);
                    const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255;
                        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                        return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                    const a = lum(s.outlineColor), b = lum(getComputedStyle(document.body).backgroundColor);
                    return [document.activeElement.id, s.outlineStyle, parseFloat(s.outlineWidth),
                        (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];""");
            List<?> values = (List<?>) ring;
            assertEquals(id, values.get(0));
            assertEquals("solid", values.get(1), id);
            assertTrue(((Number) values.get(2)).doubleValue() >= 2, id + " ring width " + values.get(2));
            assertTrue(((Number) values.get(3)).doubleValue() >= 3, id + " ring contrast " + values.get(3));
        }
    }

    @Test
    void badAndUnknownIdsGiveAMessage() {
        assertMessage("pathways.xhtml?from=no-such-organisation&to=leeds-gate", 404,
                "No organisation has the id 'no-such-organisation'.");
        assertMessage("pathways.xhtml?from=leeds-gate&to=a%20b", 400, "'to' must be an id");
        assertMessage("pathways.xhtml?from=leeds-gate", 400, "Add '?to=' and an id");
        assertMessage("pathways.xhtml?from=leeds-gate&to=lassn&maxHops=abc", 400,
                "maxHops must be a whole number between 1 and 6");
        Accessibility.assertNoSeriousViolations(browser);
    }
}
