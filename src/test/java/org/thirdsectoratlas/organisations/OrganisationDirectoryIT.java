package org.thirdsectoratlas.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/** Directory search, full profiles, collaborators, and the open-read headers, over HTTP on the Leeds seed. */
class OrganisationDirectoryIT extends DeployedAtlasTest {

    private static List<String> ids(String path) {
        var response = Http.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("id")).sorted().toList();
    }

    @Test
    void searchesAndFiltersTheDirectory() {
        assertTrue(ids("api/organisations?q=solidarity").containsAll(
                List.of("basis-yorkshire", "lassn", "leeds-gate", "yorkshire-mesmac")));
        assertEquals(List.of("basis-yorkshire"), ids("api/organisations?community=sex-workers"));
        assertEquals(List.of("age-uk-leeds"), ids("api/organisations?consortium=advonet-consortium"));
        assertEquals(List.of("basis-yorkshire", "lassn", "leeds-gate", "yorkshire-mesmac"),
                ids("api/organisations?network=leeds-solidarity-network&kind=charity"));
        assertTrue(ids("api/organisations?locality=west-yorkshire").contains("west-yorkshire-integrated-care-board"));
        assertEquals(List.of(), ids("api/organisations?q=%2A%3A%2A%20OR%20x"), "Lucene syntax is searched for");
    }

    @Test
    void theProfileCarriesCollaborationsResourcesCommunitiesAndLocalities() {
        JsonObject forum = Http.json(Http.get("api/organisations/forum-central"));
        assertEquals("voluntary-action-leeds",
                forum.getJsonArray("collaborations").getJsonObject(0).getString("id"));
        assertEquals("EXPERTISE", forum.getJsonArray("resources").getJsonObject(0).getString("kind"));
        assertEquals("leeds", forum.getJsonArray("localities").getJsonObject(0).getString("id"));
        JsonObject basis = Http.json(Http.get("api/organisations/basis-yorkshire"));
        assertEquals("sex-workers", basis.getJsonArray("communities").getJsonObject(0).getString("id"));
        assertEquals("RESEARCH", basis.getJsonArray("communities").getJsonObject(0)
                .getJsonObject("provenance").getString("source"));
    }

    @Test
    void leedsGateWorksWithTheOtherSolidarityMembers() {
        var response = Http.get("api/organisations/leeds-gate/collaborators");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject gate = Http.json(response);

        assertEquals(List.of("basis-yorkshire", "lassn", "yorkshire-mesmac"), gate.getJsonArray("collaborators")
                .stream().map(c -> c.asJsonObject().getString("id")).toList());
        JsonObject tie = gate.getJsonArray("collaborators").getJsonObject(0).getJsonArray("ties").getJsonObject(0);
        assertEquals("SHARED_NETWORK", tie.getString("type"));
        assertEquals("both members of Leeds Solidarity Network", tie.getString("explained"));
        assertEquals(50, gate.getInt("membersPerNetwork"));

        JsonObject val = Http.json(Http.get("api/organisations/voluntary-action-leeds/collaborators"));
        JsonObject forum = val.getJsonArray("collaborators").getJsonObject(0);
        assertEquals("forum-central", forum.getString("id"));
        assertEquals("COLLABORATION", forum.getJsonArray("ties").getJsonObject(0).getString("type"));
    }

    @ParameterizedTest
    @CsvSource({
        "api/organisations?page=abc, page",
        "api/organisations?page=-1, page",
        "api/organisations?size=101, size",
        "api/organisations?size=0, size",
        "api/organisations?kind=PUB, kind",
        "api/organisations?q=%2A%3F, q",
        "api/organisations?community=%3Cx%3E, community",
        "api/organisations?locality=a%20b, locality",
        "api/organisations?network=..%2F, network",
        "api/organisations?consortium=%22x%22, consortium",
        "api/organisations/%3Cscript%3E/collaborators, id"})
    void badInputIsA400NamingTheParameter(String path, String parameter) {
        var response = Http.get(path);
        assertEquals(400, response.statusCode(), path + " " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(parameter, Http.json(response).getString("parameter"));
        assertFalse(response.body().contains("at org."), "no stack trace leaks");
    }

    @Test
    void collaboratorsOfAnUnknownOrganisationIsA404Problem() {
        var response = Http.get("api/organisations/no-such-organisation/collaborators");
        assertEquals(404, response.statusCode());
        assertEquals(404, Http.json(response).getInt("status"));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                "a browser client can read the error too");
    }

    @Test
    void readsAreOpenToAnyOriginAndAnswerPreflights() {
        var response = Http.send(HttpRequest.newBuilder(Http.uri("api/organisations/leeds-gate"))
                .header("Origin", "https://example.org").GET().build());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));

        var preflight = Http.send(HttpRequest.newBuilder(Http.uri("api/organisations?q=age"))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(preflight.statusCode() == 204 || preflight.statusCode() == 200, preflight.body());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("If-None-Match"));
    }

    @Test
    void aRepeatedReadWithTheETagIsA304WithoutBody() {
        var first = Http.get("api/organisations/leeds-gate/collaborators");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong validator: " + etag);
        assertEquals("public, max-age=60", first.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(etag, Http.get("api/organisations/leeds-gate/collaborators").headers().firstValue("ETag")
                .orElseThrow(), "the same answer has the same tag");
        assertFalse(etag.equals(Http.get("api/organisations/lassn/collaborators").headers().firstValue("ETag")
                .orElseThrow()), "another answer has another tag");

        var again = Http.send(HttpRequest.newBuilder(Http.uri("api/organisations/leeds-gate/collaborators"))
                .header("If-None-Match", etag).GET().build());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));

        var stale = Http.send(HttpRequest.newBuilder(Http.uri("api/organisations/leeds-gate/collaborators"))
                .header("If-None-Match", "\"stale\"").GET().build());
        assertEquals(200, stale.statusCode());
        assertFalse(Http.json(stale).getJsonArray("collaborators").isEmpty());
    }

    @Test
    void problemsAreNotCached() {
        var response = Http.get("api/organisations/no-such-organisation");
        assertTrue(response.headers().firstValue("ETag").isEmpty());
        assertTrue(response.headers().firstValue("Cache-Control").map(v -> !v.contains("max-age=60")).orElse(true));
        assertEquals(JsonValue.ValueType.STRING, Http.json(response).get("detail").getValueType());
    }
}
