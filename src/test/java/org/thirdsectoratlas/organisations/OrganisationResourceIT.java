package org.thirdsectoratlas.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/** The organisation API over HTTP, on a real Liberty with the embedded Neo4j and the Leeds seed. */
class OrganisationResourceIT extends DeployedAtlasTest {

    @Test
    void readinessIsUpOnceTheGraphAndSeedAreInPlaceAndTheTrustGraphAndInsightsAreLoaded() throws InterruptedException {
        // Ready means warm: the first loads run in the background just after start.
        var response = Http.get("health/ready");
        for (int i = 0; i < 120 && response.statusCode() != 200; i++) {
            Thread.sleep(500);
            response = Http.get("health/ready");
        }
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("UP", Http.json(response).getString("status"));
        var warm = Http.json(response).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("warm")).findFirst().orElseThrow();
        assertTrue(warm.getJsonObject("data").getBoolean("trustGraphLoaded"), response.body());
        assertTrue(warm.getJsonObject("data").getBoolean("insightsComputed"), response.body());
        assertEquals(200, Http.get("health/live").statusCode());
    }

    @Test
    void returnsAnOrganisationWithItsNetworksAndConsortia() {
        var response = Http.get("api/organisations/age-uk-leeds");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject ageUk = Http.json(response);

        assertEquals("Age UK Leeds", ageUk.getString("name"));
        assertEquals(List.of("Leeds Oak Alliance", "Linking Leeds"), ageUk.getJsonArray("networks").stream()
                .map(n -> n.asJsonObject().getString("name")).toList());
        assertEquals("Advonet consortium",
                ageUk.getJsonArray("consortia").getJsonObject(0).getString("name"));
        assertEquals("RESEARCH", ageUk.getJsonObject("provenance").getString("source"));
    }

    @Test
    void carriesOrgIdIdentifiersFromTheResearch() {
        JsonObject val = Http.json(Http.get("api/organisations/voluntary-action-leeds"));
        assertEquals(List.of("GB-CHC-225863", "GB-COH-00055515"), val.getJsonArray("identifiers")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }

    @Test
    void anUnknownIdIsA404Problem() {
        var response = Http.get("api/organisations/no-such-organisation");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertEquals(404, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("no-such-organisation"));
    }

    @Test
    void aMalformedIdIsA400ProblemNamingTheParameter() {
        var response = Http.get("api/organisations/%3Cscript%3E");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("id", Http.json(response).getString("parameter"));
        assertTrue(!response.body().contains("at org."), "no stack trace leaks");
    }

    @Test
    void listsOrganisationsInPagesAndRejectsBadPaging() {
        JsonObject page = Http.json(Http.get("api/organisations?page=0&size=5"));
        assertEquals(5, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") >= 17);

        var bad = Http.get("api/organisations?size=abc");
        assertEquals(400, bad.statusCode());
        assertEquals("size", Http.json(bad).getString("parameter"));
        assertEquals(400, Http.get("api/organisations?size=100000").statusCode());
    }
}
