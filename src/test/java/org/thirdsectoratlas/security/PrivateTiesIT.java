package org.thirdsectoratlas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/**
 * A PRIVATE collaboration recorded through the API, read back over HTTP by different callers: the collaborators
 * list and pathways show it to its side and moderators only, and answers that differ by caller are never
 * cached as public.
 */
class PrivateTiesIT extends DeployedAtlasTest {

    /** A fresh organisation per run, whose only tie is the private one (earlier runs' data stays in the graph). */
    private static final String NEWCOMER = "it-newcomer-" + Long.toString(System.currentTimeMillis(), 36);
    private static String tie;


    @BeforeAll
    static void recordAPrivateCollaboration() {
        var created = Api.post("api/organisations", """
                {"id": "%s", "name": "IT Newcomer %s", "kind": "COMMUNITY_GROUP", "description": "Made by PrivateTiesIT",
                 "identifiers": [], "communities": [], "localities": ["leeds"], "visibility": "PUBLIC"}"""
                .formatted(NEWCOMER, NEWCOMER), DemoUsers.MODERATOR);
        assertEquals(201, created.statusCode(), created.body());
        var claimed = Api.post("api/ties", """
                {"kind": "COLLABORATION", "from": "leeds-gate", "to": "%s", "visibility": "PRIVATE"}"""
                .formatted(NEWCOMER), DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(201, claimed.statusCode(), claimed.body());
        tie = Http.json(claimed).getString("id");
    }

    @AfterAll
    static void withdraw() {
        if (tie != null) {
            Api.post("api/ties/" + tie + "/withdraw", null, DemoUsers.MEMBER_LEEDS_GATE);
        }
    }

    private static List<String> collaborators(String id, String user) {
        var response = Api.get("api/organisations/" + id + "/collaborators", user);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonArray("collaborators").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("id")).toList();
    }

    private static JsonObject pathways(String user) {
        var response = Api.get("api/pathways?from=leeds-gate&to=" + NEWCOMER + "&maxHops=6", user);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    @Test
    void collaboratorsListThePrivateTieOnlyForItsSideAndModerators() {
        assertFalse(collaborators("leeds-gate", null).contains(NEWCOMER), "anonymous");
        assertFalse(collaborators("leeds-gate", DemoUsers.MEMBER_BASIS).contains(NEWCOMER), "another organisation");
        assertTrue(collaborators("leeds-gate", DemoUsers.MEMBER_LEEDS_GATE).contains(NEWCOMER), "its side");
        assertTrue(collaborators("leeds-gate", DemoUsers.MODERATOR).contains(NEWCOMER), "a moderator");
        assertEquals(List.of(), collaborators(NEWCOMER, null), "from the other end too");
        assertEquals(List.of("leeds-gate"), collaborators(NEWCOMER, DemoUsers.MODERATOR));
    }

    @Test
    void pathwaysUseThePrivateTieOnlyForItsSideAndModerators() {
        JsonObject anonymous = pathways(null);
        assertEquals(0, anonymous.getJsonArray("pathways").size(), anonymous.toString());
        assertTrue(anonymous.get("reason") != JsonValue.NULL, "no pathway comes with a reason");
        assertEquals(0, pathways(DemoUsers.MEMBER_BASIS).getJsonArray("pathways").size());

        for (String user : List.of(DemoUsers.MEMBER_LEEDS_GATE, DemoUsers.MODERATOR)) {
            JsonObject best = pathways(user).getJsonArray("pathways").getJsonObject(0);
            assertEquals(1, best.getInt("hopCount"), user);
            assertEquals("CLAIMED", best.getJsonArray("hops").getJsonObject(0).getString("status"));
        }
    }

    @Test
    void readsThatDifferByCallerVaryOnAuthorizationAndArePrivateWithAToken() {
        HttpResponse<String> anonymous = Api.get("api/organisations/leeds-gate/collaborators", null);
        assertTrue(anonymous.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Authorization")));
        assertEquals("public, max-age=60", anonymous.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> member = Api.get("api/organisations/leeds-gate/collaborators", DemoUsers.MEMBER_LEEDS_GATE);
        assertTrue(member.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Authorization")));
        assertEquals("private, max-age=60", member.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(anonymous.headers().firstValue("ETag").equals(member.headers().firstValue("ETag")),
                "different answers, different validators");
    }

    @Test
    void theEditingETagSurvivesTheReadFilterAndCorsAllowsTokensAndIfMatch() {
        var read = Http.get("api/organisations/" + NEWCOMER);
        assertEquals("\"v1\"", read.headers().firstValue("ETag").orElse(""), "the version PUT takes in If-Match");

        var preflight = Http.send(HttpRequest.newBuilder(Http.uri("api/organisations/" + NEWCOMER))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, if-match, content-type").build());
        String allowed = preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("");
        for (String header : List.of("Authorization", "If-Match", "Content-Type")) {
            assertTrue(allowed.contains(header), header + " in " + allowed);
        }
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"));
        assertTrue(read.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
    }

    @org.junit.jupiter.api.AfterAll
    static void leaveOnlyTheLeedsSeed() {
        org.thirdsectoratlas.testing.ServerGraph.resetToLeedsSeed();
    }
}
