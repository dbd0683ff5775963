package org.thirdsectoratlas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/** A script saved as an organisation's name is data: the API returns it as text and the page shows it as text. */
class XssPageIT extends DeployedAtlasTest {

    @Test
    void anXssPayloadSavedAsANameRendersAsText() {
        String run = Long.toString(System.currentTimeMillis(), 36);
        String payload = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script> " + run;
        String body = Json.createObjectBuilder().add("name", payload).add("kind", "COMMUNITY_GROUP").build().toString();
        var created = Api.post("api/organisations", body, DemoUsers.MODERATOR);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(payload, Http.json(created).getString("name"), "stored and returned as data");

        WebDriver browser = Browser.chromium();
        try {
            browser.get(Http.uri("organisations.xhtml").toString());
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.cssSelector(".org-name")).isEmpty());
            var shown = browser.findElements(By.cssSelector(".org-name")).stream()
                    .filter(e -> e.getText().endsWith(run)).toList();
            assertEquals(1, shown.size(), "the name is listed once");
            assertEquals(payload, shown.get(0).getText(), "shown as text, tags and all");
            assertTrue(shown.get(0).findElements(By.tagName("img")).isEmpty(), "no element was made of it");
            assertNull(((JavascriptExecutor) browser).executeScript("return window.__xss;"), "no script ran");
            Browser.screenshot(browser, "xss-as-text");
        } finally {
            browser.quit();
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void leaveOnlyTheLeedsSeed() {
        org.thirdsectoratlas.testing.ServerGraph.resetToLeedsSeed();
    }
}
