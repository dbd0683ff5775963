package org.thirdsectoratlas.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thirdsectoratlas.testing.Accessibility;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.Browser;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.Http;
import org.thirdsectoratlas.testing.PageTest;
import org.thirdsectoratlas.testing.ServerGraph;

/**
 * The explorer's login and edit pages in headless Chromium: a member edits their own organisation, is refused
 * another's, meets a stale version, claims a tie that the other side confirms after logging in; a form post
 * without the view state changes nothing; the pages are axe-core clean.
 */
class EditingPagesIT extends PageTest {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static void logIn(String user) {
        // The first request after a deployment can meet the pages before Faces has them: ask again for a while.
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            open("login.xhtml");
            return !d.findElements(By.id("login:user")).isEmpty();
        });
        browser.findElement(By.id("login:user")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(DemoUsers.password(user));
        browser.findElement(By.id("login:submit")).click();
        waitFor(By.id("account-link"));
        assertEquals(user, browser.findElement(By.id("account-link")).getText());
    }

    private static void logOut() {
        browser.findElement(By.id("logout-form:logout")).click();
        waitFor(By.id("login-link"));
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(by).stream().findFirst()
                .orElse(null));
    }

    private static String messages() {
        return browser.findElement(By.id("page-messages")).getText();
    }

    private static JsonObject organisation(String id) {
        return Http.json(Http.get("api/organisations/" + id));
    }

    @Test
    void aMemberLogsInAndEditsTheirOwnOrganisationButNotAnothers() {
        logIn(DemoUsers.MEMBER_LEEDS_GATE);
        Accessibility.assertNoSeriousViolations(browser);
        try {
            open("edit-organisation.xhtml?id=leeds-gate");
            Accessibility.assertNoSeriousViolations(browser);
            WebElement description = browser.findElement(By.id("edit:description"));
            description.clear();
            description.sendKeys("Edited in the browser " + RUN + " <b>not bold</b>");
            browser.findElement(By.id("edit:save")).click();
            waitFor(By.cssSelector(".message-info"));
            assertTrue(messages().contains("Saved"), messages());
            assertEquals("Edited in the browser " + RUN + " <b>not bold</b>",
                    organisation("leeds-gate").getString("description"), "saved through the same use case as the API");

            String refused = open("edit-organisation.xhtml?id=basis-yorkshire");
            assertTrue(refused.contains("You may not edit this organisation"), refused);
            assertTrue(browser.findElements(By.id("edit")).isEmpty(), "no form for another organisation");
            Browser.screenshot(browser, "edit-refused");
        } finally {
            logOut();
        }
        String anonymous = open("edit-organisation.xhtml?id=leeds-gate");
        assertTrue(anonymous.contains("Log in to edit"), anonymous);
    }

    @Test
    void anOverLongNameIsRefusedWithItsLimitNamedAndNothingIsCutOrSaved() {
        String tooLong = "Leeds GATE " + "x".repeat(240); // 251 characters: a name holds at most 200
        logIn(DemoUsers.MEMBER_LEEDS_GATE);
        try {
            open("edit-organisation.xhtml?id=leeds-gate");
            WebElement name = browser.findElement(By.id("edit:name"));
            name.clear();
            name.sendKeys(tooLong);
            assertEquals(tooLong, name.getAttribute("value"), "the field keeps everything typed, nothing is cut");
            browser.findElement(By.id("edit:save")).click();
            waitFor(By.cssSelector(".message-warn"));
            assertTrue(messages().contains("name") && messages().contains("200"), messages());
            assertFalse(messages().contains("Saved"), messages());
            assertEquals(tooLong, browser.findElement(By.id("edit:name")).getAttribute("value"),
                    "what was typed stays in the field to be shortened");
            assertEquals("Leeds GATE", organisation("leeds-gate").getString("name"), "nothing saved, whole or cut");
        } finally {
            logOut();
        }
    }

    @Test
    void everyPageHasAFaviconThatDecodesAsAnImage() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(Http.uri("favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        byte[] ico = response.body();
        // An ICO directory (reserved 0, type 1) whose one image is a PNG: ImageIO reads the image it points to.
        assertEquals(1, ico[2]);
        int offset = ByteBuffer.wrap(ico, 18, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        var image = ImageIO.read(new ByteArrayInputStream(ico, offset, ico.length - offset));
        assertEquals(32, image.getWidth());
        assertEquals(32, image.getHeight());
    }

    @Test
    void aStaleSaveShowsTheCurrentStateAndOverwritesNothing() {
        logIn(DemoUsers.MEMBER_LEEDS_GATE);
        try {
            open("edit-organisation.xhtml?id=leeds-gate");
            String etag = Http.get("api/organisations/leeds-gate").headers().firstValue("ETag").orElseThrow();
            JsonObject current = Http.json(Api.get("api/organisations/leeds-gate/editable", DemoUsers.MODERATOR));
            var body = Json.createObjectBuilder().add("name", current.getString("name"))
                    .add("kind", current.getString("kind")).add("description", "Saved meanwhile " + RUN)
                    .add("identifiers", current.getJsonArray("identifiers"))
                    .add("communities", current.getJsonArray("communities"))
                    .add("localities", current.getJsonArray("localities"))
                    .add("visibility", current.getString("visibility")).build();
            var meanwhile = Http.send(Api.request("PUT", "api/organisations/leeds-gate", body.toString(),
                    DemoUsers.MODERATOR).header("If-Match", etag).build());
            assertEquals(200, meanwhile.statusCode(), meanwhile.body());

            WebElement name = browser.findElement(By.id("edit:name"));
            name.clear();
            name.sendKeys("Leeds GATE (stale " + RUN + ")");
            browser.findElement(By.id("edit:save")).click();
            waitFor(By.id("current-state"));
            assertTrue(messages().contains("Someone saved a newer version"), messages());
            assertTrue(browser.findElement(By.id("current-state")).getText().contains("Saved meanwhile " + RUN));
            assertEquals("Leeds GATE", organisation("leeds-gate").getString("name"), "nothing was overwritten");
            assertEquals("Saved meanwhile " + RUN, organisation("leeds-gate").getString("description"));
            Accessibility.assertNoSeriousViolations(browser);
            Browser.screenshot(browser, "edit-stale");
        } finally {
            logOut();
        }
    }

    @Test
    void aMemberClaimsATieAndTheOtherSideConfirmsItAfterLoggingIn() {
        logIn(DemoUsers.MEMBER_LEEDS_GATE);
        try {
            open("my-organisation.xhtml");
            Accessibility.assertNoSeriousViolations(browser);
            new Select(browser.findElement(By.id("claim:kind"))).selectByValue("COLLABORATION");
            WebElement with = browser.findElement(By.id("claim:to_input"));
            with.sendKeys("basis-yorkshire"); // an id still names it
            with.sendKeys(Keys.ESCAPE);
            browser.findElement(By.id("claim:detail")).sendKeys("SERVICE");
            js("document.getElementById('claim:record').click()"); // a suggestion panel may lie over the button
            waitFor(By.cssSelector(".message-info"));
            assertTrue(messages().contains("CLAIMED"), messages());
            assertTrue(browser.findElement(By.id("ties:recorded")).getText().contains("BASIS Yorkshire"));
        } finally {
            logOut();
        }
        logIn(DemoUsers.MEMBER_BASIS);
        try {
            open("my-organisation.xhtml");
            WebElement row = browser.findElements(By.cssSelector("[id='ties:to-confirm'] tbody tr")).stream()
                    .filter(r -> r.getText().contains("Leeds GATE → BASIS Yorkshire")).findFirst().orElseThrow();
            Accessibility.assertNoSeriousViolations(browser);
            Browser.screenshot(browser, "ties-to-confirm");
            row.findElement(By.cssSelector("input.confirm")).click();
            waitFor(By.cssSelector(".message-info"));
            assertTrue(messages().contains("CONFIRMED"), messages());
            var collaborators = Http.get("api/organisations/basis-yorkshire/collaborators").body();
            assertTrue(collaborators.contains("leeds-gate"), collaborators);
        } finally {
            logOut();
        }
    }

    @Test
    void theTieFormShowsNamesAndSuggestsWithByNameAndTakesPunctuationInTheDetail() {
        logIn(DemoUsers.MEMBER_LEEDS_GATE);
        try {
            open("my-organisation.xhtml");
            assertEquals("Leeds GATE", browser.findElement(By.cssSelector("#my-organisations li a")).getText());
            assertEquals("Leeds GATE", new Select(browser.findElement(By.id("claim:from"))).getFirstSelectedOption()
                    .getText());
            new Select(browser.findElement(By.id("claim:kind"))).selectByValue("COLLABORATION");
            WebElement with = browser.findElement(By.id("claim:to_input"));
            with.sendKeys("MESMAC");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("claim:to_panel"))
                    .getText().contains("Yorkshire MESMAC"));
            with.sendKeys(Keys.ARROW_DOWN);
            with.sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "Yorkshire MESMAC".equals(with.getAttribute("value")));
            browser.findElement(By.id("claim:detail")).sendKeys("Joint advocacy (audit test) <b>");
            Accessibility.assertNoSeriousViolations(browser);
            browser.findElement(By.id("claim:record")).click();
            waitFor(By.cssSelector(".message-info"));
            assertTrue(messages().contains("Leeds GATE → Yorkshire MESMAC is CLAIMED"), messages());
            WebElement row = browser.findElements(By.cssSelector("[id='ties:recorded'] tbody tr")).stream()
                    .filter(r -> r.getText().contains("Leeds GATE → Yorkshire MESMAC")).findFirst().orElseThrow();
            row.findElement(By.cssSelector("input.withdraw")).click();
            waitFor(By.cssSelector(".message-info"));
            assertTrue(messages().contains("is now WITHDRAWN"), messages());
        } finally {
            logOut();
        }
    }

    @Test
    void tenThousandCharactersPastedIntoWithAreRefusedAsTooLongBesideTheFieldAndEveryFieldKeepsWhatWasTyped() {
        String pasted = "Leeds Clinical " + "y".repeat(10_000 - 15);
        logIn(DemoUsers.MEMBER_LEEDS_GATE);
        try {
            // A paste (the clipboard's event, then one insertion of the whole text), and the same text put in
            // without a key press or a paste, as autofill or drag and drop do.
            for (boolean pasteEvent : new boolean[] {true, false}) {
                open("my-organisation.xhtml");
                String before = main();
                new Select(browser.findElement(By.id("claim:kind"))).selectByValue("COLLABORATION");
                WebElement with = browser.findElement(By.id("claim:to_input"));
                with.click();
                ((JavascriptExecutor) browser).executeScript("if (arguments[1]) arguments[0].dispatchEvent("
                        + "new ClipboardEvent('paste', {bubbles: true, cancelable: true}));"
                        + "document.execCommand('insertText', false, arguments[2])", with, pasteEvent, pasted);
                assertEquals(pasted, with.getAttribute("value"), "the field takes the whole text, nothing is cut");
                with.sendKeys(Keys.ESCAPE);
                browser.findElement(By.id("claim:detail")).sendKeys("Joint advocacy (paste test)");
                js("document.getElementById('claim:record').click()"); // a suggestion panel may lie over the button
                String said = waitFor(By.cssSelector("[id='claim:to-message']:not(:empty)")).getText();
                assertTrue(said.contains("too long") && said.contains("10,000") && said.contains("200"), said);
                assertFalse(said.contains("leeds-gate") || said.contains("Leeds GATE"), "not one's own: " + said);
                assertFalse(messages().contains("leeds-gate") || messages().contains("Leeds GATE"), messages());
                assertFalse(main().contains("Recorded:"), main());
                assertEquals(pasted, browser.findElement(By.id("claim:to_input")).getAttribute("value"),
                        "With keeps the whole text to be corrected");
                assertEquals("Joint advocacy (paste test)",
                        browser.findElement(By.id("claim:detail")).getAttribute("value"));
                assertEquals("COLLABORATION", new Select(browser.findElement(By.id("claim:kind")))
                        .getFirstSelectedOption().getAttribute("value"));
                assertEquals("leeds-gate", new Select(browser.findElement(By.id("claim:from")))
                        .getFirstSelectedOption().getAttribute("value"));
                assertEquals(before.contains("No tie recorded"), main().contains("No tie recorded"),
                        "nothing recorded");
            }
            Accessibility.assertNoSeriousViolations(browser);
        } finally {
            logOut();
        }
    }

    @Test
    void anXssPayloadSavedThroughTheEditPageRendersAsTextOnTheOrganisationPage() {
        String payload = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script> " + RUN;
        // A moderator edits LASSN, so the other tests' Leeds GATE and BASIS names are left alone.
        logIn(DemoUsers.MODERATOR);
        try {
            open("edit-organisation.xhtml?id=lassn");
            for (String field : new String[] {"edit:name", "edit:description"}) {
                WebElement input = browser.findElement(By.id(field));
                input.clear();
                input.sendKeys(payload);
            }
            browser.findElement(By.id("edit:save")).click();
            waitFor(By.cssSelector(".message-info"));
            assertEquals(payload, organisation("lassn").getString("name"), "stored as typed");

            open("organisation.xhtml?id=lassn");
            for (By shown : new By[] {By.tagName("h1"), By.id("org-description")}) {
                WebElement element = browser.findElement(By.id("main")).findElement(shown);
                assertEquals(payload, element.getText(), "shown as text, tags and all: " + shown);
                assertTrue(element.findElements(By.tagName("img")).isEmpty(), "no element was made of it");
            }
            assertEquals(null, js("return window.__xss;"), "no script ran");
        } finally {
            logOut();
        }
    }

    @Test
    void aMemberRecordsAConsortiumFromTheirOrganisationPageAndThePartnerIsInvited() {
        logIn(DemoUsers.MEMBER_LEEDS_GATE);
        try {
            open("my-organisation.xhtml");
            browser.findElement(By.id("create-consortium")).click();
            waitFor(By.id("create:name"));
            Accessibility.assertNoSeriousViolations(browser);

            // Invalid: no name, and a role the lead-partner structure does not have. Nothing is written.
            int before = consortia();
            browser.findElement(By.id("create:partners:0:organisation")).sendKeys("basis-yorkshire");
            new Select(browser.findElement(By.id("create:partners:0:role"))).selectByValue("equal");
            browser.findElement(By.id("create:save")).click();
            waitFor(By.cssSelector(".message-warn"));
            assertTrue(messages().contains("name"), messages());
            assertTrue(browser.findElements(By.id("created-link")).isEmpty());
            browser.findElement(By.id("create:name")).sendKeys("IT Page Consortium " + RUN);
            browser.findElement(By.id("create:save")).click();
            waitFor(By.cssSelector(".message-warn"));
            assertTrue(messages().contains("is not one of the LEAD_PARTNER structure's roles"), messages());
            assertEquals(before, consortia(), "an invalid form writes nothing");
            Accessibility.assertNoSeriousViolations(browser);

            new Select(browser.findElement(By.id("create:partners:0:role"))).selectByValue("minor");
            browser.findElement(By.id("create:save")).click();
            waitFor(By.id("created-link"));
            String href = browser.findElement(By.id("created-link")).getAttribute("href");
            assertTrue(href.contains("consortium.xhtml?id="), href);
            String id = href.substring(href.indexOf("id=") + 3);
            String ties = browser.findElement(By.id("created-ties")).getText();
            assertTrue(ties.contains("leeds-gate → " + id + " (lead): CONFIRMED"), ties);
            assertTrue(ties.contains("basis-yorkshire → " + id + " (minor): CLAIMED"), ties);
            assertEquals(before + 1, consortia());
            JsonObject editable = Http.json(Api.get("api/consortia/" + id + "/editable", DemoUsers.MODERATOR));
            assertEquals("LEAD_PARTNER", editable.getJsonObject("details").getString("structure"));
            Accessibility.assertNoSeriousViolations(browser);
            Browser.screenshot(browser, "create-consortium");
        } finally {
            logOut();
        }
        String anonymous = open("create-group.xhtml?type=consortium");
        assertTrue(anonymous.contains("Log in to record a consortium"), anonymous);
        assertTrue(browser.findElements(By.id("create")).isEmpty(), "no form when signed out");
        String bad = open("create-group.xhtml?type=planet");
        assertTrue(bad.contains("must be network, consortium or contract"), bad);
    }

    @Test
    void aMemberRecordsANetworkAndAModeratorAContract() {
        logIn(DemoUsers.MEMBER_BASIS);
        try {
            open("my-organisation.xhtml");
            browser.findElement(By.id("create-network")).click();
            waitFor(By.id("create:name"));
            assertEquals("basis-yorkshire", browser.findElement(By.id("create:partners:0:organisation"))
                    .getAttribute("value"), "the member's own organisation is named first");
            browser.findElement(By.id("create:name")).sendKeys("IT Page Network " + RUN);
            new Select(browser.findElement(By.id("create:formality"))).selectByValue("SEMI_FORMAL");
            browser.findElement(By.id("create:partners:1:organisation")).sendKeys("lassn");
            new Select(browser.findElement(By.id("create:partners:1:role"))).selectByValue("host");
            browser.findElement(By.id("create:save")).click();
            waitFor(By.id("created-link"));
            String href = browser.findElement(By.id("created-link")).getAttribute("href");
            assertTrue(href.contains("network.xhtml?id=it-page-network-"), href);
            String ties = browser.findElement(By.id("created-ties")).getText();
            assertTrue(ties.contains("basis-yorkshire → ") && ties.contains("CONFIRMED"), ties);
            assertTrue(ties.contains("lassn → ") && ties.contains("(host): CLAIMED"), ties);
            Accessibility.assertNoSeriousViolations(browser);
        } finally {
            logOut();
        }
        logIn(DemoUsers.MODERATOR);
        try {
            open("create-group.xhtml?type=contract");
            Accessibility.assertNoSeriousViolations(browser);
            browser.findElement(By.id("create:name")).sendKeys("IT Page Contract " + RUN);
            browser.findElement(By.id("create:commissioner")).sendKeys("leeds-city-council");
            browser.findElement(By.id("create:delivered-by")).sendKeys("leeds-gate");
            browser.findElement(By.id("create:value")).sendKeys("lots");
            browser.findElement(By.id("create:save")).click();
            waitFor(By.cssSelector(".message-warn"));
            assertTrue(messages().contains("'lots' is not an amount"), messages());
            browser.findElement(By.id("create:value")).clear();
            browser.findElement(By.id("create:value")).sendKeys("125000.50");
            browser.findElement(By.id("create:start")).sendKeys("2027-04-01");
            browser.findElement(By.id("create:end")).sendKeys("2025-03-31");
            browser.findElement(By.id("create:save")).click();
            waitFor(By.cssSelector(".message-warn"));
            assertTrue(messages().contains("cannot end before it starts"), messages());
            assertEquals(404, Http.get("api/contracts/it-page-contract-" + RUN).statusCode(), "nothing written");

            browser.findElement(By.id("create:start")).clear();
            browser.findElement(By.id("create:start")).sendKeys("2025-04-01");
            browser.findElement(By.id("create:end")).clear();
            browser.findElement(By.id("create:end")).sendKeys("2027-03-31");
            browser.findElement(By.id("create:save")).click();
            waitFor(By.id("created-link"));
            JsonObject read = Http.json(Http.get("api/contracts/it-page-contract-" + RUN));
            assertEquals(125000.5, read.getJsonNumber("value").doubleValue(), 0.001);
            Accessibility.assertNoSeriousViolations(browser);
        } finally {
            logOut();
        }
    }

    /** Consortia in the graph, counted through the directory API. */
    private static int consortia() {
        return Http.json(Http.get("api/consortia?size=1")).getInt("total");
    }

    @Test
    void aFormPostWithoutTheViewStateChangesNothing() throws Exception {
        logIn(DemoUsers.MEMBER_BASIS);
        try {
            open("edit-organisation.xhtml?id=basis-yorkshire");
            String cookie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
            String viewState = browser.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
            String before = organisation("basis-yorkshire").getString("name");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("edit", "edit");
            form.put("edit:name", "Forged " + RUN);
            form.put("edit:kind", "CHARITY");
            form.put("edit:visibility", "PUBLIC");
            form.put("edit:save", "Save");

            for (String forged : new String[] {null, "forged-" + RUN}) {
                Map<String, String> fields = new LinkedHashMap<>(form);
                if (forged != null) {
                    fields.put("jakarta.faces.ViewState", forged);
                }
                var response = Http.send(post(cookie, fields));
                assertNotEquals(302, response.statusCode());
                assertEquals(before, organisation("basis-yorkshire").getString("name"),
                        "a cross-site post (view state " + forged + ") changed nothing");
            }
            // The control: the same post with the page's own view state does save, so the refusals above were the
            // view state's doing.
            form.put("jakarta.faces.ViewState", viewState);
            Http.send(post(cookie, form));
            assertEquals("Forged " + RUN, organisation("basis-yorkshire").getString("name"));
        } finally {
            open("index.xhtml");
            logOut();
        }
    }

    private static HttpRequest post(String cookie, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(Http.uri("edit-organisation.xhtml?id=basis-yorkshire"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        ServerGraph.resetToLeedsSeed();
    }
}
