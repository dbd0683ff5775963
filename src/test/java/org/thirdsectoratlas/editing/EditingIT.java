package org.thirdsectoratlas.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/** The editing API over HTTP: who may write what, tie states, concurrency, privacy, history and undo. */
class EditingIT extends DeployedAtlasTest {

    /** Data written by earlier runs stays in the server's graph: names and ids of this run are its own. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);


    private static String organisation(String id, String name, String visibility) {
        return """
                {"id": "%s", "name": "%s", "kind": "COMMUNITY_GROUP", "description": "Made by EditingIT",
                 "identifiers": [], "communities": ["women-including-maternity"], "localities": ["leeds"],
                 "visibility": "%s"}""".formatted(id, name, visibility);
    }

    private static HttpResponse<String> put(String id, String json, String etag, String user) {
        var builder = Api.request("PUT", "api/organisations/" + id, json, user);
        if (etag != null) {
            builder.header("If-Match", etag);
        }
        return Http.send(builder.build());
    }

    private static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    @Test
    void anonymousWritesAre401Problems() {
        var create = Api.post("api/organisations", organisation("it-anon-" + RUN, "IT Anon " + RUN, "PUBLIC"), null);
        assertEquals(401, create.statusCode(), create.body());
        assertTrue(isProblem(create));
        var update = put("leeds-gate", organisation("leeds-gate", "Hijacked", "PUBLIC"), "\"v0\"", null);
        assertEquals(401, update.statusCode());
        assertEquals(401, Api.post("api/ties", "{}", null).statusCode());
        assertEquals(401, Api.get("api/organisations/leeds-gate/history", null).statusCode(),
                "history holds private facts: not for anonymous callers");
        assertEquals("Leeds GATE", Http.json(Http.get("api/organisations/leeds-gate")).getString("name"));
    }

    @Test
    void aMemberCannotEditAnotherOrganisation() {
        String etag = Http.get("api/organisations/basis-yorkshire").headers().firstValue("ETag").orElseThrow();
        var response = put("basis-yorkshire", organisation("basis-yorkshire", "Taken Over", "PUBLIC"), etag,
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(isProblem(response));
        var claim = Api.post("api/ties", """
                {"kind": "COLLABORATION", "from": "basis-yorkshire", "to": "lassn"}""", DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(403, claim.statusCode(), "a member cannot claim ties for another organisation");
        assertEquals(403, Api.post("api/organisations/basis-yorkshire/retire", null, DemoUsers.MEMBER_BASIS)
                .statusCode(), "retiring is for moderators");
        assertEquals("BASIS Yorkshire", Http.json(Http.get("api/organisations/basis-yorkshire")).getString("name"));
    }

    @Test
    void aStaleVersionIs412WithTheCurrentStateAndNoIfMatchIs428() {
        var created = Api.post("api/organisations", organisation("it-stale-" + RUN, "IT Stale " + RUN, "PUBLIC"), DemoUsers.MODERATOR);
        assertEquals(201, created.statusCode(), created.body());
        String v1 = created.headers().firstValue("ETag").orElseThrow();
        assertEquals(v1, Http.get("api/organisations/it-stale-" + RUN).headers().firstValue("ETag").orElseThrow(),
                "the read carries the same version tag");

        var first = put("it-stale-" + RUN, organisation("it-stale-" + RUN, "IT Stale First " + RUN, "PUBLIC"), v1, DemoUsers.MODERATOR);
        assertEquals(200, first.statusCode(), first.body());
        var second = put("it-stale-" + RUN, organisation("it-stale-" + RUN, "IT Stale Second " + RUN, "PUBLIC"), v1, DemoUsers.MODERATOR);

        assertEquals(412, second.statusCode(), second.body());
        JsonObject current = Http.json(second).getJsonObject("current");
        assertEquals("IT Stale First " + RUN, current.getString("name"));
        assertEquals(2, current.getInt("version"));
        assertEquals("\"v2\"", second.headers().firstValue("ETag").orElseThrow());
        assertEquals("IT Stale First " + RUN, Http.json(Http.get("api/organisations/it-stale-" + RUN)).getString("name"));
        assertEquals(428, put("it-stale-" + RUN, organisation("it-stale-" + RUN, "No Tag", "PUBLIC"), null, DemoUsers.MODERATOR)
                .statusCode());
    }

    @Test
    void duplicatesAre409AndBadFieldsAre400NamingTheField() {
        var duplicate = Api.post("api/organisations", organisation("it-dup-" + RUN, "leeds gate", "PUBLIC"),
                DemoUsers.MODERATOR);
        assertEquals(409, duplicate.statusCode(), duplicate.body());
        assertEquals("name", Http.json(duplicate).getString("parameter"));

        var badKind = Api.post("api/organisations", organisation("it-bad-" + RUN, "IT Bad " + RUN, "PUBLIC")
                .replace("COMMUNITY_GROUP", "CULT"), DemoUsers.MODERATOR);
        assertEquals(400, badKind.statusCode(), badKind.body());
        assertEquals("kind", Http.json(badKind).getString("parameter"));
        var badWebsite = Api.post("api/organisations", organisation("it-bad-" + RUN, "IT Bad " + RUN, "PUBLIC")
                .replace("\"identifiers\"", "\"website\": \"javascript:alert(1)\", \"identifiers\""), DemoUsers.MODERATOR);
        assertEquals(400, badWebsite.statusCode(), badWebsite.body());
        assertEquals("website", Http.json(badWebsite).getString("parameter"));
    }

    @Test
    void aTieIsClaimedThenConfirmedByTheOtherSideThenWithdrawn() {
        var claim = Api.post("api/ties", """
                {"kind": "COLLABORATION", "from": "leeds-gate", "to": "basis-yorkshire", "detail": "ADVOCACY"}""",
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(201, claim.statusCode(), claim.body());
        JsonObject tie = Http.json(claim);
        assertEquals("CLAIMED", tie.getString("status"));
        assertEquals("SELF_REPORTED", tie.getString("source"));
        assertEquals(DemoUsers.MEMBER_LEEDS_GATE, tie.getString("recordedBy"));
        String id = tie.getString("id");

        assertEquals(403, Api.post("api/ties/" + id + "/confirm", null, DemoUsers.MEMBER_LEEDS_GATE).statusCode(),
                "the claiming side cannot confirm its own claim");
        var confirmed = Api.post("api/ties/" + id + "/confirm", null, DemoUsers.MEMBER_BASIS);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("CONFIRMED", Http.json(confirmed).getString("status"));
        assertEquals(DemoUsers.MEMBER_BASIS, Http.json(confirmed).getString("confirmedBy"));

        var withdrawn = Api.post("api/ties/" + id + "/withdraw", null, DemoUsers.MEMBER_BASIS);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", Http.json(Api.get("api/ties/" + id, null)).getString("status"));
        assertEquals(409, Api.post("api/ties/" + id + "/confirm", null, DemoUsers.MODERATOR).statusCode());
    }

    @Test
    void privateFactsAreAbsentForAnonymousCallersAndOtherOrganisations() {
        assertEquals(201, Api.post("api/organisations", organisation("it-private-" + RUN, "IT Private " + RUN, "PRIVATE"),
                DemoUsers.MODERATOR).statusCode());
        assertEquals(404, Http.get("api/organisations/it-private-" + RUN).statusCode());
        assertEquals(404, Api.get("api/organisations/it-private-" + RUN, DemoUsers.MEMBER_BASIS).statusCode());
        assertEquals(200, Api.get("api/organisations/it-private-" + RUN, DemoUsers.MODERATOR).statusCode());
        assertFalse(Http.get("api/organisations?size=100").body().contains("it-private-" + RUN));
        assertTrue(Api.get("api/organisations?size=100", DemoUsers.MODERATOR).body().contains("it-private-" + RUN));

        var membership = Api.post("api/ties", """
                {"kind": "MEMBERSHIP", "from": "leeds-gate", "to": "leeds-food-aid-network", "visibility": "PRIVATE"}""",
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(201, membership.statusCode(), membership.body());
        String tie = Http.json(membership).getString("id");
        assertEquals(404, Api.get("api/ties/" + tie, null).statusCode());
        assertEquals(404, Api.get("api/ties/" + tie, DemoUsers.MEMBER_BASIS).statusCode());
        assertEquals(200, Api.get("api/ties/" + tie, DemoUsers.MEMBER_LEEDS_GATE).statusCode());
        assertEquals(200, Api.get("api/ties/" + tie, DemoUsers.MODERATOR).statusCode());
        assertEquals(200, Api.post("api/ties/" + tie + "/withdraw", null, DemoUsers.MEMBER_LEEDS_GATE).statusCode());
    }

    @Test
    void historyListsEveryChangeAndAModeratorsUndoRestoresTheExactPriorState() {
        var created = Api.post("api/organisations", organisation("it-undo-" + RUN, "IT Undo " + RUN, "PUBLIC"), DemoUsers.MODERATOR);
        String before = Http.get("api/organisations/it-undo-" + RUN).body();
        var edited = put("it-undo-" + RUN, organisation("it-undo-" + RUN, "IT Undo Edited " + RUN, "PARTNERS"),
                created.headers().firstValue("ETag").orElseThrow(), DemoUsers.MODERATOR);
        assertEquals(200, edited.statusCode(), edited.body());

        var history = Http.json(Api.get("api/organisations/it-undo-" + RUN + "/history", DemoUsers.MODERATOR));
        assertEquals(2, history.getInt("total"));
        JsonObject latest = history.getJsonArray("items").getJsonObject(0);
        assertEquals("UPDATE", latest.getString("action"));
        assertEquals(DemoUsers.MODERATOR, latest.getString("by"));
        assertEquals("IT Undo " + RUN, latest.getJsonObject("before").getJsonObject("it-undo-" + RUN)
                .getJsonObject("properties").getString("name"));
        assertEquals("IT Undo Edited " + RUN, latest.getJsonObject("after").getJsonObject("it-undo-" + RUN)
                .getJsonObject("properties").getString("name"));

        String change = latest.getString("id");
        assertEquals(403, Api.post("api/changes/" + change + "/undo", null, DemoUsers.MEMBER_LEEDS_GATE).statusCode());
        var undo = Api.post("api/changes/" + change + "/undo", null, DemoUsers.MODERATOR);
        assertEquals(200, undo.statusCode(), undo.body());
        assertEquals(latest.getJsonObject("before"), Http.json(undo).getJsonObject("after"));
        assertEquals(before, Http.get("api/organisations/it-undo-" + RUN).body());
        assertEquals(created.headers().firstValue("ETag"), Http.get("api/organisations/it-undo-" + RUN).headers()
                .firstValue("ETag"), "the version is back too");
    }

    @Test
    void aTiesDetailIsAnyPrintableTextUpToItsLimitAndOnlyIdsKeepTheIdPattern() {
        String tooLong = "x".repeat(101);
        var longDetail = Api.post("api/ties", """
                {"kind": "COLLABORATION", "from": "leeds-gate", "to": "age-uk-leeds", "detail": "%s"}""".formatted(tooLong),
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(400, longDetail.statusCode(), longDetail.body());
        assertTrue(longDetail.body().contains("at most 100 characters"), longDetail.body());
        var control = Api.post("api/ties", """
                {"kind": "COLLABORATION", "from": "leeds-gate", "to": "age-uk-leeds", "detail": "a\\tb"}""",
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(400, control.statusCode(), control.body());
        var badId = Api.post("api/ties", """
                {"kind": "COLLABORATION", "from": "leeds-gate", "to": "Age UK (Leeds)"}""", DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(400, badId.statusCode(), badId.body());

        var punctuated = Api.post("api/ties", """
                {"kind": "COLLABORATION", "from": "leeds-gate", "to": "age-uk-leeds", "detail": "Joint advocacy (audit test) – café, 50%"}""",
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(201, punctuated.statusCode(), punctuated.body());
        assertEquals("Joint advocacy (audit test) – café, 50%", Http.json(punctuated).getString("detail"));
        var withdrawn = Api.post("api/ties/" + Http.json(punctuated).getString("id") + "/withdraw", null,
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
    }

    @Test
    void cypherInjectionInEveryStringParameterChangesNothing() {
        String payload = "x'}) MATCH (n) DETACH DELETE n //\\\" RETURN 1 //";
        long total = Http.json(Http.get("api/organisations?size=1")).getJsonNumber("total").longValue();

        var created = Api.post("api/organisations", """
                {"name": "%1$s %2$s", "kind": "CHARITY", "description": "%1$s"}""".formatted(payload, RUN), DemoUsers.MODERATOR);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(payload.replace("\\\"", "\"") + " " + RUN, Http.json(created).getString("name"));
        for (String path : new String[] {"api/organisations/x'%7D)%20MATCH%20(n)%20DETACH%20DELETE%20n",
                "api/organisations?page=0'%20OR%201=1", "api/ties/x'%7D)%20DELETE%20n",
                "api/organisations/leeds-gate/history?size=1'%20DELETE"}) {
            int status = Api.get(path, DemoUsers.MODERATOR).statusCode();
            assertTrue(status == 400 || status == 404, path + " -> " + status);
        }
        // A tie's detail is free text: the payload is kept as text, never run.
        var tie = Api.post("api/ties", """
                {"kind": "COLLABORATION", "from": "leeds-gate", "to": "lassn", "detail": "%s"}""".formatted(payload),
                DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(201, tie.statusCode(), tie.body());
        assertEquals(payload.replace("\\\"", "\""), Http.json(tie).getString("detail"));
        assertEquals(401, Http.send(DemoUsers.tokenRequest("admin' OR '1'='1", payload)).statusCode());

        assertEquals(total + 1, Http.json(Http.get("api/organisations?size=1")).getJsonNumber("total").longValue());
        assertEquals("Leeds GATE", Http.json(Http.get("api/organisations/leeds-gate")).getString("name"));
    }

    @org.junit.jupiter.api.AfterAll
    static void leaveOnlyTheLeedsSeed() {
        org.thirdsectoratlas.testing.ServerGraph.resetToLeedsSeed();
    }
}
