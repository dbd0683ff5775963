package org.thirdsectoratlas.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.AtlasDeployment;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.Http;

/** The explorer's organisation directory, rendered by Mojarra and PrimeFaces, in a real browser. */
@ExtendWith(ArquillianExtension.class)
class OrganisationsPageIT {

    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AtlasDeployment.war();
    }

    @BeforeAll
    static void openBrowser() {
        browser = Browser.chromium();
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @Test
    void listsTheSeededOrganisationsByName() {
        browser.get(Http.uri("organisations.xhtml").toString());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector(".org-name")).isEmpty());

        List<String> names = browser.findElements(By.cssSelector(".org-name")).stream()
                .map(WebElement::getText).toList();
        assertTrue(names.contains("Leeds GATE"), names.toString());
        assertTrue(names.contains("Voluntary Action Leeds"), names.toString());
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals("Organisations · Third Sector Atlas", browser.getTitle());
        Browser.screenshot(browser, "organisations");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void theHomePageSaysWhatThisIsAndLinksToTheDirectory() {
        browser.get(Http.uri("").toString());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("works together"));
        assertTrue(browser.findElements(By.cssSelector("a[href$='organisations.xhtml']")).size() >= 1);
        Browser.screenshot(browser, "home");
        Accessibility.assertNoSeriousViolations(browser);
    }
}
