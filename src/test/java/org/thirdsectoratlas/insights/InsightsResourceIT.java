package org.thirdsectoratlas.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/** The commissioner insights and consortium readiness over HTTP, on a real Liberty with the Leeds seed. */
class InsightsResourceIT extends DeployedAtlasTest {

    private static JsonObject ok(String path) {
        var response = Http.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Http.json(response);
    }

    private static void problem(String path, int status, String parameter) {
        var response = Http.get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertEquals(status, problem.getInt("status"));
        if (parameter != null) {
            assertEquals(parameter, problem.getString("parameter"));
        }
        assertFalse(response.body().contains("at org."), "no stack trace leaks");
    }

    private static List<String> ids(JsonObject object, String array) {
        return object.getJsonArray(array).stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    @Test
    void coverageShowsBasisYorkshireForSexWorkersInLeedsWithWhenItWasComputed() {
        JsonObject snapshot = ok("api/insights/coverage?community=sex-workers&locality=leeds");

        assertTrue(Instant.parse(snapshot.getString("computedAt")).isBefore(Instant.now().plusSeconds(1)));
        assertEquals(300, snapshot.getInt("refreshSeconds"));
        JsonObject cell = snapshot.getJsonObject("insight").getJsonArray("cells").getJsonObject(0);
        assertEquals(List.of("basis-yorkshire"), ids(cell, "organisations"));
        assertEquals(List.of("leeds-solidarity-network"), ids(cell, "networks"));
    }

    @Test
    void coverageListsTheEmptyCells() {
        JsonObject matrix = ok("api/insights/coverage").getJsonObject("insight");
        assertEquals(10, matrix.getInt("coveredCells"));
        assertEquals(53, matrix.getInt("emptyCellCount"));
        assertTrue(matrix.getJsonArray("emptyCells").contains(
                jakarta.json.Json.createObjectBuilder().add("community", "older-people").add("locality", "leeds").build()));
        assertTrue(matrix.getString("rule").contains("PART_OF"));
    }

    @Test
    void coverageRejectsBadAndUnknownIds() {
        problem("api/insights/coverage?community=%3Cscript%3E", 400, "community");
        problem("api/insights/coverage?locality=a%20b", 400, "locality");
        problem("api/insights/coverage?community=no-such-community", 404, null);
        problem("api/insights/coverage?locality=atlantis", 404, null);
    }

    @Test
    void leadExposureIsEmptyOnLeedsWithTheReasonAndTheLeadRisks() {
        JsonObject exposure = ok("api/insights/lead-exposure").getJsonObject("insight");
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, exposure.getJsonArray("leads"));
        assertTrue(exposure.getString("explanation").startsWith("No lead partner is recorded"));
        assertEquals(List.of("key-risk-5", "key-risk-6"), ids(exposure, "keyRisks"));
    }

    @Test
    void summarySetsTheGraphBesideThirdSectorTrends() {
        JsonObject summary = ok("api/insights/summary").getJsonObject("insight");
        assertEquals(9, summary.getInt("thirdSectorOrganisations"));
        JsonObject formal = summary.getJsonArray("formality").getJsonObject(2);
        assertEquals("FORMAL", formal.getString("formality"));
        assertEquals(34, formal.getInt("trendPercentEngaged"));
        assertEquals(1, formal.getInt("organisationsEngaged"));
    }

    @Test
    void collaborationsForGypsiesAndTravellersAreTheSolidarityNetwork() {
        JsonObject result = ok("api/collaborations?community=gypsies-and-travellers");
        JsonObject network = result.getJsonArray("networks").getJsonObject(0);
        assertEquals("Leeds Solidarity Network", network.getString("name"));
        assertEquals(List.of("leeds-gate", "basis-yorkshire", "lassn", "yorkshire-mesmac"), ids(network, "members"));
        assertTrue(network.getJsonArray("members").getJsonObject(0).getBoolean("inScope"));
    }

    @Test
    void collaborationsNeedACommunityOrLocalityAndRejectBadOrUnknownIds() {
        problem("api/collaborations", 400, "community");
        problem("api/collaborations?community=%3Cx%3E", 400, "community");
        problem("api/collaborations?locality=%3Cx%3E", 400, "locality");
        problem("api/collaborations?community=no-such-community", 404, null);
        problem("api/collaborations?locality=atlantis", 404, null);
    }

    @Test
    void advonetReadinessShowsNoLeadAndNoRolesAndRejectsBadIds() {
        JsonObject readiness = ok("api/consortia/advonet-consortium/readiness");
        assertEquals(1, readiness.getInt("partners"));
        var lead = readiness.getJsonArray("assessed").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonObject("item").getString("id").equals("success-factor-during-bidding-3"))
                .findFirst().orElseThrow();
        assertEquals("NOT_SHOWN", lead.getString("status"));
        assertFalse(readiness.getJsonArray("toDiscuss").isEmpty());

        problem("api/consortia/no-such-consortium/readiness", 404, null);
        problem("api/consortia/%3Cx%3E/readiness", 400, "id");
    }

    @Test
    void theOpenApiDocumentDescribesEveryInsightWithProblems() {
        var response = Http.get("openapi?format=JSON");
        assertEquals(200, response.statusCode());
        JsonObject paths = Http.json(response).getJsonObject("paths");
        for (String path : List.of("/api/insights/coverage", "/api/insights/lead-exposure", "/api/insights/summary",
                "/api/collaborations", "/api/consortia/{id}/readiness")) {
            assertTrue(paths.containsKey(path), path);
        }
        assertTrue(paths.getJsonObject("/api/insights/coverage").getJsonObject("get").getJsonObject("responses")
                .containsKey("404"));
        assertTrue(paths.getJsonObject("/api/insights/coverage").getJsonObject("get").getString("description")
                .contains("refreshSeconds"));
    }
}
