package org.thirdsectoratlas.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/** Pathways, partner search and connectors over HTTP on a real Liberty with the Leeds seed. */
class PathwaysApiIT extends DeployedAtlasTest {

    private static HttpResponse<String> post(String path, String body) {
        return Http.send(HttpRequest.newBuilder(Http.uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String parameter) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = Http.json(response);
        assertEquals(status, problem.getInt("status"));
        if (parameter != null) {
            assertEquals(parameter, problem.getString("parameter"), response.body());
        }
        assertFalse(response.body().contains("at org."), "no stack trace");
    }

    @Test
    void leedsGateToYorkshireMesmacIsOneHopThroughTheSolidarityNetwork() {
        var response = Http.get("api/pathways?from=leeds-gate&to=yorkshire-mesmac");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = Http.json(response);
        var first = body.getJsonArray("pathways").getJsonObject(0);
        assertEquals(1, first.getInt("hopCount"));
        var hop = first.getJsonArray("hops").getJsonObject(0);
        assertEquals("both members of Leeds Solidarity Network", hop.getString("explanation"));
        assertEquals("NETWORK", hop.getString("kind"));
        assertEquals("CONFIRMED", hop.getString("status"));
        assertEquals("2023-07-01", hop.getString("lastConfirmed"));
        assertEquals(3, body.getJsonArray("pathways").size());
        assertTrue(body.getString("ranking").startsWith("Ranked by"));
    }

    @Test
    void optionsAreApplied() {
        JsonObject one = Http.json(Http.get("api/pathways?from=leeds-gate&to=yorkshire-mesmac&limit=1&maxHops=1"
                + "&confirmedOnly=true&avoid=lassn,basis-yorkshire"));
        assertEquals(1, one.getJsonArray("pathways").size());
        JsonObject via = Http.json(Http.get("api/pathways?from=leeds-gate&to=yorkshire-mesmac&via=lassn"));
        assertEquals(List.of("LASSN"), via.getJsonArray("pathways").getJsonObject(0).getJsonArray("hops")
                .stream().limit(1).map(h -> h.asJsonObject().getString("toName")).toList());
        JsonObject formal = Http.json(Http.get("api/pathways?from=leeds-gate&to=yorkshire-mesmac&formalOnly=true"));
        assertTrue(formal.getJsonArray("pathways").isEmpty());
    }

    @Test
    void forumCentralToVoluntaryActionLeedsIsTheirCollaboration() {
        JsonObject body = Http.json(Http.get("api/pathways?from=forum-central&to=voluntary-action-leeds"));
        assertEquals("Forum Central and Voluntary Action Leeds collaborate (research)", body.getJsonArray("pathways")
                .getJsonObject(0).getJsonArray("hops").getJsonObject(0).getString("explanation"));
    }

    @Test
    void noPathwayIsAnEmptyListWithAReason() {
        var response = Http.get("api/pathways?from=age-uk-leeds&to=leeds-gate");
        assertEquals(200, response.statusCode());
        JsonObject body = Http.json(response);
        assertTrue(body.getJsonArray("pathways").isEmpty());
        assertEquals("Age UK Leeds has no ties of trust to any other organisation", body.getString("reason"));
        assertEquals("from and to are the same organisation",
                Http.json(Http.get("api/pathways?from=lassn&to=lassn")).getString("reason"));
    }

    /** Pathway answers are remembered, so an edit must show in the very next answer, and no-cache searches again. */
    @Test
    void anEditShowsInTheNextAnswerAndNoCacheSearchesAgain() {
        String newcomer = "it-pathway-newcomer-" + Long.toString(System.currentTimeMillis(), 36);
        var created = Api.post("api/organisations", """
                {"id": "%s", "name": "IT Pathway Newcomer", "kind": "COMMUNITY_GROUP", "description": "Made by PathwaysApiIT",
                 "identifiers": [],
                 "communities": [], "localities": ["leeds"], "visibility": "PUBLIC"}""".formatted(newcomer),
                DemoUsers.MODERATOR);
        assertEquals(201, created.statusCode(), created.body());
        String path = "api/pathways?from=leeds-gate&to=" + newcomer;
        assertEquals("IT Pathway Newcomer has no ties of trust to any other organisation",
                Http.json(Http.get(path)).getString("reason"));

        var claimed = Api.post("api/ties", """
                {"kind": "COLLABORATION", "from": "leeds-gate", "to": "%s", "visibility": "PUBLIC"}"""
                .formatted(newcomer), DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(201, claimed.statusCode(), claimed.body());
        String tie = Http.json(claimed).getString("id");
        try {
            JsonObject linked = Http.json(Http.get(path));
            assertEquals(List.of(List.of("leeds-gate", newcomer)), organisationIds(linked), linked.toString());
            var fresh = Http.send(HttpRequest.newBuilder(Http.uri(path)).header("Cache-Control", "no-cache")
                    .header("Accept", "application/json").GET().build());
            assertEquals(200, fresh.statusCode());
            assertEquals(linked.getJsonArray("pathways"), Http.json(fresh).getJsonArray("pathways"),
                    "a fresh search finds the same pathways");
        } finally {
            var withdrawn = Api.post("api/ties/" + tie + "/withdraw", null, DemoUsers.MEMBER_LEEDS_GATE);
            assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        }
        assertTrue(Http.json(Http.get(path)).getJsonArray("pathways").isEmpty(), "a withdrawn tie is never a hop");
    }

    private static List<List<String>> organisationIds(JsonObject result) {
        return result.getJsonArray("pathways").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonArray("hops").getValuesAs(JsonObject.class))
                .map(hops -> {
                    List<String> ids = new java.util.ArrayList<>();
                    ids.add(hops.get(0).getString("fromId"));
                    hops.forEach(h -> ids.add(h.getString("toId")));
                    return ids;
                }).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "from=leeds-gate                                    | to",
            "to=leeds-gate                                      | from",
            "from=%3Cx%3E&to=lassn                              | from",
            "from=lassn&to=leeds-gate&limit=0                   | limit",
            "from=lassn&to=leeds-gate&limit=11                  | limit",
            "from=lassn&to=leeds-gate&limit=many                | limit",
            "from=lassn&to=leeds-gate&maxHops=7                 | maxHops",
            "from=lassn&to=leeds-gate&maxHops=x                 | maxHops",
            "from=lassn&to=leeds-gate&confirmedOnly=yes         | confirmedOnly",
            "from=lassn&to=leeds-gate&formalOnly=1              | formalOnly",
            "from=lassn&to=leeds-gate&via=%3Cx%3E               | via",
            "from=lassn&to=leeds-gate&via=lassn                 | via",
            "from=lassn&to=leeds-gate&avoid=lassn               | avoid",
            "from=lassn&to=leeds-gate&avoid=ok,%3Cx%3E          | avoid"})
    void badParametersAre400sNamingThem(String query, String parameter) {
        assertProblem(Http.get("api/pathways?" + query), 400, parameter);
    }

    @ParameterizedTest
    @CsvSource({"from=nobody&to=lassn", "from=lassn&to=nobody", "from=lassn&to=leeds-gate&via=nothing",
            "from=lassn&to=leeds-gate&avoid=nobody"})
    void unknownIdsAre404s(String query) {
        var response = Http.get("api/pathways?" + query);
        assertProblem(response, 404, null);
        assertTrue(Http.json(response).getString("detail").contains("no"), response.body());
    }

    @Test
    void partnerSearchFindsTheSolidarityNetworkForLeedsGate() {
        var response = post("api/partner-search", """
                {"communities":["sex-workers","communities-affected-by-hiv"],"localities":["leeds"],
                 "resourceKinds":["PREMISES"],"members":["leeds-gate"],"limit":5}""");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = Http.json(response);
        var candidates = body.getJsonArray("candidates");
        assertEquals(List.of("basis-yorkshire", "yorkshire-mesmac"), candidates.stream()
                .map(c -> c.asJsonObject().getString("id")).toList());
        assertEquals(1, candidates.getJsonObject(0).getJsonObject("closeness").getInt("hopCount"));
        assertEquals("PREMISES", body.getJsonObject("uncovered").getJsonArray("resourceKinds").getString(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"communities\":[\"sex-workers\"],\"limit\":0}                 | limit",
            "{\"communities\":[\"sex-workers\"],\"limit\":51}                | limit",
            "{\"communities\":[\"<x>\"]}                                     | communities",
            "{\"localities\":[\"<x>\"]}                                      | localities",
            "{\"communities\":[\"sex-workers\"],\"members\":[\"<x>\"]}       | members",
            "{\"resourceKinds\":[\"CASTLES\"]}                               | resourceKinds",
            "{}                                                              | communities"})
    void badPartnerSearchBodiesAre400sNamingTheField(String body, String field) {
        assertProblem(post("api/partner-search", body), 400, field);
    }

    @Test
    void partnerSearchRejectsMissingOrBrokenBodiesAndUnknownIds() {
        assertProblem(post("api/partner-search", ""), 400, "body");
        assertProblem(post("api/partner-search", "{not json"), 400, "body");
        assertProblem(post("api/partner-search", "{\"communities\":[\"no-such-community\"]}"), 404, null);
        assertProblem(post("api/partner-search", "{\"communities\":[\"sex-workers\"],\"members\":[\"nobody\"]}"),
                404, null);
    }

    @Test
    void connectorsOnLeedsReportNoSinglePointOfFailureWithTheStalenessRule() {
        var response = Http.get("api/insights/connectors");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = Http.json(response);
        assertTrue(body.getJsonArray("singlePointsOfFailure").isEmpty(), "pairs and a clique have no cut vertex");
        assertTrue(body.getJsonArray("brokers").isEmpty());
        assertEquals(9, body.getInt("organisations"));
        assertTrue(body.getString("staleness").contains("each time the Atlas changes it"), body.getString("staleness"));
        assertFalse(body.getString("computedAt").isBlank());
        assertTrue(body.getBoolean("betweennessExact"));
    }

    /** Not a timing assertion: measures and prints the median for docs/pathways.md. */
    @Test
    void measuresTheMedianLatencyOfAPathwayQuery() throws Exception {
        String path = "api/pathways?from=leeds-gate&to=yorkshire-mesmac";
        for (int i = 0; i < 50; i++) {
            assertEquals(200, Http.get(path).statusCode());
        }
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            assertEquals(200, Http.get(path).statusCode());
            nanos[i] = System.nanoTime() - started;
        }
        java.util.Arrays.sort(nanos);
        String line = String.format(java.util.Locale.ROOT,
                "GET /%s over HTTP, 200 calls after 50 warm-up: median %.2f ms, p95 %.2f ms, p99 %.2f ms",
                path, nanos[100] / 1e6, nanos[190] / 1e6, nanos[198] / 1e6);
        System.out.println(line);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "pathway-latency.txt"), line + "\n");
        assertTrue(nanos[100] > 0);
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() {
        var response = Http.send(HttpRequest.newBuilder(Http.uri("openapi")).header("Accept", "application/json")
                .GET().build());
        assertEquals(200, response.statusCode());
        JsonObject paths = Http.json(response).getJsonObject("paths");
        assertTrue(paths.containsKey("/api/pathways"));
        assertTrue(paths.containsKey("/api/partner-search"));
        assertTrue(paths.containsKey("/api/insights/connectors"));
        assertTrue(paths.getJsonObject("/api/pathways").getJsonObject("get").getString("description")
                .contains("score = cost + weakness / 100"));
    }
}
