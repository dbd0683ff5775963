package org.thirdsectoratlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.WebDriver;

/** axe-core in the test browser: no serious or critical WCAG 2.2 A/AA violations on the page shown. */
public final class Accessibility {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {
    }

    public static void assertNoSeriousViolations(WebDriver browser) {
        assertNoSeriousViolations(browser, new AxeBuilder());
    }

    /** Only within the part of the page the selector picks (e.g. "#collaborators"). */
    public static void assertNoSeriousViolationsIn(WebDriver browser, String selector) {
        assertNoSeriousViolations(browser, new AxeBuilder().include(selector));
    }

    private static void assertNoSeriousViolations(WebDriver browser, AxeBuilder axe) {
        List<Rule> violations = axe.withTags(WCAG).analyze(browser).getViolations();
        List<String> serious = violations.stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> n.getTarget() + " (" + n.getFailureSummary() + ")").limit(3)
                        .toList())
                .toList();
        assertEquals(List.of(), serious, "axe-core on " + browser.getCurrentUrl());
    }
}
