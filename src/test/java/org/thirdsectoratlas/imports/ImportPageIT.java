package org.thirdsectoratlas.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.Http;
import org.thirdsectoratlas.testing.PageTest;
import org.thirdsectoratlas.testing.ServerGraph;

/** The Import page in headless Chromium: refused to anonymous visitors; a moderator checks, imports and undoes. */
class ImportPageIT extends PageTest {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        ServerGraph.resetToLeedsSeed();
    }

    /** The report re-renders every second while a job runs: an element read may be replaced under us. */
    private static WebDriverWait waiting(int seconds) {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(seconds))
                .ignoring(StaleElementReferenceException.class);
    }

    private static WebElement waitFor(By by) {
        return waiting(60).until(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    /** The element's text, read again if the report was re-rendered between finding and reading it. */
    private static String textOf(By by) {
        return waiting(30).until(d -> d.findElement(by).getText());
    }

    private static void click(By by) {
        waiting(30).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    private static void waitForStatus(String status) {
        waiting(60).until(d -> d.findElements(By.id("status")).stream().anyMatch(e -> e.getText().equals(status)));
    }

    private static void logIn(String user) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            open("login.xhtml");
            return !d.findElements(By.id("login:user")).isEmpty();
        });
        browser.findElement(By.id("login:user")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(DemoUsers.password(user));
        browser.findElement(By.id("login:submit")).click();
        waitFor(By.id("account-link"));
    }

    @Test
    void aModeratorChecksImportsAndUndoesAKumuFile() throws IOException {
        open("import.xhtml");
        assertTrue(waitFor(By.id("import-refused")).getText().contains("moderators"));

        logIn(DemoUsers.MODERATOR);
        Path csv = Files.createTempFile("elements-", ".csv");
        Files.writeString(csv, "Label,ID,Type\nImport Page Group " + RUN + ",g1,community group\n"
                + "Voluntary Action Leeds,val,charity\nImport Page Odd " + RUN + ",g2,spaceship\n",
                StandardCharsets.UTF_8);
        open("import.xhtml");
        waitFor(By.id("upload:file")).sendKeys(csv.toString());
        new Select(browser.findElement(By.id("upload:format"))).selectByValue("kumu");
        browser.findElement(By.id("upload:check")).click();
        waitForStatus("DONE");
        assertTrue(textOf(By.id("report:errors")).contains("spaceship"),
                "an unknown type is reported by its row");
        assertTrue(browser.findElements(By.id("report:import")).isEmpty(), "no Import button while rows have errors");

        Files.writeString(csv, "Label,ID,Type\nImport Page Group " + RUN + ",g1,community group\n"
                + "Voluntary Action Leeds,val,charity\n", StandardCharsets.UTF_8);
        waitFor(By.id("upload:file")).sendKeys(csv.toString());
        browser.findElement(By.id("upload:check")).click();
        waiting(60).until(d -> !d.findElements(By.id("report:import")).isEmpty());
        String counts = textOf(By.id("counts"));
        assertTrue(counts.contains("would create 1 Organisation"), counts);
        click(By.id("report:import"));
        waitFor(By.id("report:undo"));
        String id = textOf(By.cssSelector("#created a"));
        assertEquals(200, Http.get("api/organisations/" + id).statusCode());
        assertTrue(textOf(By.id("report:progress")).contains("100%"));
        Browser.screenshot(browser, "import");

        click(By.id("report:undo"));
        waiting(30).until(d -> d.findElement(By.id("page-messages")).getText().contains("Undone"));
        assertEquals(404, Http.get("api/organisations/" + id).statusCode());
    }
}
