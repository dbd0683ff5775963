package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;
import org.thirdsectoratlas.testing.ServerGraph;

/** A write sent again with its Idempotency-Key gets the first answer and is written once. */
class IdempotencyIT extends DeployedAtlasTest {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);


    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        ServerGraph.resetToLeedsSeed();
    }

    private static int partners;

    /** A new organisation to claim a tie with: a pair has one tie, so each claim needs its own partner. */
    private static String newPartner() {
        String id = "idem-" + (++partners) + "-" + RUN;
        var created = Api.post("api/organisations", """
                {"id": "%s", "name": "Idempotency Partner %d %s", "kind": "COMMUNITY_GROUP", "identifiers": [],
                 "communities": ["women-including-maternity"], "localities": ["leeds"], "visibility": "PUBLIC"}"""
                .formatted(id, partners, RUN), DemoUsers.MODERATOR);
        assertEquals(201, created.statusCode(), created.body());
        return id;
    }

    private static HttpResponse<String> claim(String key, String to, String detail) {
        return claim(key, "leeds-gate", to, detail, DemoUsers.MEMBER_LEEDS_GATE);
    }

    private static HttpResponse<String> claim(String key, String from, String to, String detail, String user) {
        return Http.send(Api.request("POST", "api/ties", """
                {"kind": "COLLABORATION", "from": "%s", "to": "%s", "detail": "%s"}""".formatted(from, to, detail),
                user).header(IdempotencyFilter.HEADER, key).build());
    }

    private static long tiesWithDetail(String detail) {
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + System.getProperty("bolt.port", "7687"),
                AuthTokens.none()); var session = driver.session()) {
            return session.run("MATCH ()-[t:COLLABORATES_WITH {kind: $detail}]->() RETURN count(t) AS n",
                    Map.of("detail", detail)).single().get("n").asLong();
        }
    }

    @Test
    void aRetriedClaimGetsTheFirstAnswerAndRecordsOneTie() {
        String key = UUID.randomUUID().toString();
        String detail = "Idempotent retry " + RUN;
        String partner = newPartner();
        var first = claim(key, partner, detail);
        assertEquals(201, first.statusCode(), first.body());
        assertFalse(first.headers().firstValue(IdempotencyFilter.REPLAYED).isPresent());

        var retry = claim(key, partner, detail);
        assertEquals(201, retry.statusCode(), retry.body());
        assertEquals("true", retry.headers().firstValue(IdempotencyFilter.REPLAYED).orElse(""));
        assertEquals(first.body(), retry.body());
        assertEquals(first.headers().firstValue("Location"), retry.headers().firstValue("Location"));
        assertEquals(1, tiesWithDetail(detail), "written once");

        var other = claim(UUID.randomUUID().toString(), partner, detail);
        assertEquals(409, other.statusCode(), "a new key is a new request: the tie is already recorded");
    }

    @Test
    void theSameKeyOnAnotherRequestIsA422AndWritesNothing() {
        String key = UUID.randomUUID().toString();
        String partner = newPartner();
        assertEquals(201, claim(key, partner, "Reused key " + RUN).statusCode());
        var reused = claim(key, newPartner(), "Reused key, other body " + RUN);
        assertEquals(422, reused.statusCode(), reused.body());
        assertTrue(reused.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE));
        assertEquals(0, tiesWithDetail("Reused key, other body " + RUN));
    }

    @Test
    void aKeyThatIsNotPrintableAsciiIsA400NamingTheHeader() {
        var response = claim("not a key", newPartner(), "Bad key " + RUN);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(IdempotencyFilter.HEADER, Http.json(response).getString("parameter"));
        assertEquals(0, tiesWithDetail("Bad key " + RUN));
    }

    @Test
    void anotherCallersKeyIsTheirOwn() {
        String key = UUID.randomUUID().toString();
        String partner = newPartner();
        assertEquals(201, claim(key, partner, "Own key " + RUN).statusCode());
        var someoneElse = claim(key, "basis-yorkshire", partner, "Own key " + RUN, DemoUsers.MEMBER_BASIS);
        assertEquals(201, someoneElse.statusCode(), someoneElse.body());
        assertFalse(someoneElse.headers().firstValue(IdempotencyFilter.REPLAYED).isPresent());
    }
}
