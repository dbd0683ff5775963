package org.thirdsectoratlas.communities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.PageTest;

/** A community's page: Sex Workers, as the research's survey and its Solidarity Network paragraph give it. */
class CommunityPageIT extends PageTest {

    @Test
    void sexWorkersWithTheOrganisationAndNetworkWorkingWithThemAndTheSurveyFigure() {
        // Research: BASIS Yorkshire (listing order) and the Leeds Solidarity Network work with Sex Workers;
        // the survey's additional-communities table: "Sex Workers 44%"; it is not in the primary list.
        open("community.xhtml?id=sex-workers");
        assertEquals("Sex Workers", browser.findElement(By.tagName("h1")).getText());
        assertEquals(List.of("BASIS Yorkshire"), browser.findElements(By.cssSelector("#organisations a")).stream()
                .map(WebElement::getText).toList());
        assertEquals(List.of("Leeds Solidarity Network"), browser.findElements(By.cssSelector("#networks a")).stream()
                .map(WebElement::getText).toList());
        String survey = browser.findElement(By.id("community-survey")).getText();
        assertTrue(survey.contains("primary community: no figure; as an additional community: 44%"), survey);
        assertTrue(browser.findElement(By.id("organisations")).getText().contains("Last confirmed 2023-07-01"));

        // Its row of the coverage matrix: covered in Leeds, nobody recorded in England and Wales.
        String leeds = browser.findElement(By.cssSelector("#coverage tr[data-cell='sex-workers|leeds']")).getText();
        assertTrue(leeds.contains("BASIS Yorkshire") && leeds.contains("Leeds Solidarity Network (network)"), leeds);
        assertTrue(browser.findElement(By.cssSelector("#coverage tr[data-cell='sex-workers|england-and-wales']"))
                .getText().contains("None"));
        Browser.screenshot(browser, "community");
        Accessibility.assertNoSeriousViolations(browser);
        assertReachableByKeyboard(By.cssSelector("#networks a[href='network.xhtml?id=leeds-solidarity-network']"), 40);
    }

    @Test
    void aCommunityOutsideTheSurveySaysSoAndTheOrganisationPageLinksHere() {
        open("community.xhtml?id=communities-affected-by-hiv");
        assertTrue(browser.findElement(By.id("community-survey")).getText().contains("not one of its survey's categories"));
        assertTrue(browser.findElement(By.id("organisations")).getText().contains("Yorkshire MESMAC"));

        open("organisation.xhtml?id=basis-yorkshire");
        browser.findElement(By.cssSelector("#communities a[href='community.xhtml?id=sex-workers']")).click();
        assertEquals("Sex Workers", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void unknownMissingAndMalformedIdsGiveAMessage() {
        assertIdMessages("community.xhtml", "community");
    }
}
