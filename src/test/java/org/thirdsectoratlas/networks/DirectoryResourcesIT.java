package org.thirdsectoratlas.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/** Networks, consortia, communities, localities, resources and contracts over HTTP, on the Leeds seed. */
class DirectoryResourcesIT extends DeployedAtlasTest {

    private static JsonObject ok(String path) {
        var response = Http.get(path);
        assertEquals(200, response.statusCode(), path + " " + response.body());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("ETag").isPresent(), path);
        return Http.json(response);
    }

    private static List<String> names(JsonObject object, String array) {
        return object.getJsonArray(array).stream().map(v -> v.asJsonObject().getString("name")).toList();
    }

    @Test
    void theLeedsSolidarityNetworkHasFourMembers() {
        JsonObject network = ok("api/networks/leeds-solidarity-network");
        assertEquals(List.of("BASIS Yorkshire", "LASSN", "Leeds GATE", "Yorkshire MESMAC"), names(network, "members"));
        assertEquals(List.of("King's Fund"), names(network, "funders"));

        JsonObject search = ok("api/networks?q=solidarity");
        assertEquals(1, search.getInt("total"));
        assertEquals(4, search.getJsonArray("items").getJsonObject(0).getInt("members"));
        assertEquals(List.of("Our Future Leeds", "Women's Lives Leeds"), names(ok("api/networks?formality=FORMAL"),
                "items"));
    }

    @Test
    void consortiaShowStructurePartnersAndContracts() {
        JsonObject advonet = ok("api/consortia/advonet-consortium");
        assertEquals(List.of("Age UK Leeds"), names(advonet, "partners"));
        assertTrue(advonet.getJsonArray("contracts").isEmpty());
        assertEquals(1, ok("api/consortia?partner=age-uk-leeds").getInt("total"));
        assertEquals(0, ok("api/consortia?structure=UMBRELLA").getInt("total"));
    }

    @Test
    void communitiesCarryTheSurveyFiguresAndSupporters() {
        JsonObject sexWorkers = ok("api/communities/sex-workers");
        assertEquals(44, sexWorkers.getInt("surveyAdditionalPercent"));
        assertEquals(List.of("BASIS Yorkshire"), names(sexWorkers, "organisations"));
        assertEquals(List.of("Leeds Solidarity Network"), names(sexWorkers, "networks"));
        assertEquals(20, ok("api/communities?survey=true").getInt("total"));
    }

    @Test
    void localitiesResourcesAndContracts() {
        JsonObject leeds = ok("api/localities/leeds");
        assertEquals(List.of("West Yorkshire"), names(leeds, "partOf"));
        assertTrue(names(leeds, "organisations").contains("Voluntary Action Leeds"));
        assertEquals(List.of("West Yorkshire"), names(ok("api/localities?kind=REGION"), "items"));

        JsonObject space = ok("api/resources/orion-partnership-physical-space");
        assertEquals(List.of("Orion Partnership"), names(space, "sharedBy"));
        assertEquals(4, ok("api/resources?kind=EXPERTISE").getInt("total"));

        JsonObject contracts = ok("api/contracts?commissioner=leeds-city-council&size=5");
        assertEquals(0, contracts.getInt("total"), "the research names no contract");
        assertEquals(5, contracts.getInt("size"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"networks", "consortia", "communities", "localities", "resources", "contracts"})
    void everyListPagesWithAHardMaximumAndEveryUnknownIdIsA404(String list) {
        assertEquals("size", problem("api/" + list + "?size=101", 400).getString("parameter"));
        assertEquals("size", problem("api/" + list + "?size=ten", 400).getString("parameter"));
        assertEquals("page", problem("api/" + list + "?page=x", 400).getString("parameter"));
        assertEquals("id", problem("api/" + list + "/bad%20id", 400).getString("parameter"));
        assertTrue(problem("api/" + list + "/no-such-thing", 404).getString("detail").contains("no-such-thing"));
        JsonObject page = ok("api/" + list + "?page=0&size=2");
        assertTrue(page.getJsonArray("items").size() <= 2);
    }

    @ParameterizedTest
    @CsvSource({
        "api/networks?formality=VERY, formality",
        "api/networks?q=%21%21, q",
        "api/networks?community=%3C, community",
        "api/networks?locality=%3C, locality",
        "api/consortia?structure=PYRAMID, structure",
        "api/consortia?q=%22%22, q",
        "api/consortia?partner=%3C, partner",
        "api/communities?survey=maybe, survey",
        "api/localities?kind=PLANET, kind",
        "api/resources?kind=MONEY, kind",
        "api/contracts?commissioner=%3C, commissioner"})
    void badFiltersAre400sNamingTheParameter(String path, String parameter) {
        assertEquals(parameter, problem(path, 400).getString("parameter"));
    }

    @Test
    void everyEndpointIsInTheOpenApiDocumentWithItsProblemResponses() {
        var response = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri("openapi"))
                .header("Accept", "application/json").GET().build());
        assertEquals(200, response.statusCode());
        JsonObject paths = Http.json(response).getJsonObject("paths");
        for (String path : List.of("/api/organisations", "/api/organisations/{id}",
                "/api/organisations/{id}/collaborators", "/api/networks", "/api/networks/{id}", "/api/consortia",
                "/api/consortia/{id}", "/api/communities", "/api/communities/{id}", "/api/localities",
                "/api/localities/{id}", "/api/resources", "/api/resources/{id}", "/api/contracts",
                "/api/contracts/{id}")) {
            JsonObject get = paths.getJsonObject(path).getJsonObject("get");
            assertTrue(get.containsKey("summary"), path);
            JsonObject responses = get.getJsonObject("responses");
            assertTrue(responses.containsKey("200") && responses.containsKey("400"), path);
            assertTrue(path.endsWith("}") == responses.containsKey("404")
                    || path.endsWith("collaborators"), path);
            // Examples name records that answer; the research names no contract, so a contract id has none.
            boolean answeringExampleExists = !path.equals("/api/contracts/{id}");
            assertTrue(get.getJsonArray("parameters").stream()
                            .allMatch(p -> p.asJsonObject().containsKey("example") == answeringExampleExists),
                    path + " parameters have examples that answer");
        }
    }

    private static JsonObject problem(String path, int status) {
        var response = Http.get(path);
        assertEquals(status, response.statusCode(), path + " " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        return Http.json(response);
    }
}
