package org.thirdsectoratlas.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfNQuad;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.hsds.domain.StableUuid;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/**
 * The open-standards reads over HTTP on the Leeds seed: HSDS 3.0 answers validated by the published schemas,
 * open (no key, CORS "*") and cacheable (ETag, 304); the programme directory and pages; an organisation's
 * JSON-LD by content negotiation and in its page, read back by a JSON-LD processor.
 */
class HsdsIT extends DeployedAtlasTest {

    private static final String VAL = StableUuid.organisation("voluntary-action-leeds").toString();


    private static HttpResponse<String> get(String path, String accept) {
        return Http.send(HttpRequest.newBuilder(Http.uri(path)).GET().header("Accept", accept).build());
    }

    private static JsonObject open(String path) {
        var response = Http.get(path);
        assertEquals(200, response.statusCode(), path + " " + response.body());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
        assertTrue(response.headers().firstValue("ETag").isPresent(), path);
        return Http.json(response);
    }

    private static void problem(String path, int status) {
        var response = Http.get(path);
        assertEquals(status, response.statusCode(), path + " " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(status, Http.json(response).getInt("status"));
    }

    private static List<RdfNQuad> rdf(String json) throws JsonLdError {
        return JsonLd.toRdf(JsonDocument.of(new StringReader(json))).get().toList();
    }

    @Test
    void theHsdsListIsOpenValidAndPagedTheHsdsWay() {
        JsonObject first = open("api/hsds/organizations?per_page=10");
        assertEquals(List.of(), HsdsSchemas.listErrors(first));
        assertEquals(1, first.getInt("page_number"));
        assertEquals(10, first.getInt("size"));
        assertTrue(first.getBoolean("first_page"));
        long total = first.getJsonNumber("total_items").longValue();
        int pages = first.getInt("total_pages");
        assertEquals((total + 9) / 10, pages);
        JsonObject last = open("api/hsds/organizations?per_page=10&page=" + pages);
        assertEquals(List.of(), HsdsSchemas.listErrors(last));
        assertTrue(last.getBoolean("last_page"));
        assertEquals(total - 10L * (pages - 1), last.getInt("size"));
        assertEquals(VAL, open("api/hsds/organizations?search=voluntary%20action").getJsonArray("contents")
                .getJsonObject(0).getString("id"), "the best match of its own name");
    }

    @Test
    void anOrganizationIsFoundByItsUuidAndRevalidatesWithA304() {
        JsonObject val = open("api/hsds/organizations/" + VAL);
        assertEquals(List.of(), HsdsSchemas.organizationErrors(val.toString()));
        assertEquals("Voluntary Action Leeds", val.getString("name"));
        assertEquals(2, val.getJsonArray("organization_identifiers").size());

        String etag = Http.get("api/hsds/organizations/" + VAL).headers().firstValue("ETag").orElseThrow();
        var again = Http.send(HttpRequest.newBuilder(Http.uri("api/hsds/organizations/" + VAL)).GET()
                .header("Accept", "application/json").header("If-None-Match", etag).build());
        assertEquals(304, again.statusCode());
    }

    @Test
    void unknownAndMalformedIdsAndOversizedPagesAreProblems() {
        problem("api/hsds/organizations/" + StableUuid.of("programme", "enhance"), 404);
        problem("api/hsds/organizations/voluntary-action-leeds", 400);
        problem("api/hsds/organizations?per_page=101", 400);
        problem("api/hsds/organizations?page=0", 400);
        problem("api/programmes/no-such-programme", 404);
    }

    @Test
    void theProgrammeDirectoryAndAProgrammeSayWhoRunsAndWhoTakesPart() {
        JsonObject holidays = open("api/programmes?q=holidays");
        assertEquals(1, holidays.getInt("total"));
        assertEquals("healthy-holidays", holidays.getJsonArray("items").getJsonObject(0).getString("id"));
        JsonObject food = open("api/programmes/covid-emergency-food-response");
        assertEquals("leeds-city-council", food.getJsonArray("runBy").getJsonObject(0).getString("id"));
        JsonObject fan = food.getJsonArray("participants").getJsonObject(0);
        assertEquals(List.of("leeds-food-aid-network", "NETWORK", "integral part"),
                List.of(fan.getString("id"), fan.getString("type"), fan.getString("role")));
        assertEquals("covid-emergency-food-response", open("api/networks/leeds-food-aid-network")
                .getJsonArray("programmes").getJsonObject(0).getString("id"));
    }

    @Test
    void programmePagesAreLinkedFromTheOrganisationAndNetworkPagesThatNameThem() {
        var programme = get("programme.xhtml?id=covid-emergency-food-response", "text/html");
        assertEquals(200, programme.statusCode());
        assertTrue(programme.body().contains("href=\"network.xhtml?id=leeds-food-aid-network\""));
        assertTrue(programme.body().contains("href=\"organisation.xhtml?id=leeds-city-council\""));
        assertTrue(get("organisation.xhtml?id=age-uk-leeds", "text/html").body()
                .contains("href=\"programme.xhtml?id=enhance\""));
        assertTrue(get("network.xhtml?id=leeds-food-aid-network", "text/html").body()
                .contains("href=\"programme.xhtml?id=covid-emergency-food-response\""));
        assertEquals(404, get("programme.xhtml?id=no-such-programme", "text/html").statusCode());

        var directory = get("programmes.xhtml?q=holidays", "text/html");
        assertEquals(200, directory.statusCode());
        assertTrue(directory.body().contains("href=\"programme.xhtml?id=healthy-holidays\""), directory.body());
        assertTrue(get("programmes.xhtml", "text/html").body().contains("href=\"programme.xhtml?id=enhance\""));
        assertEquals(400, get("programmes.xhtml?page=0", "text/html").statusCode());
    }

    @Test
    void linkedDataByContentNegotiationAndInThePageGiveTheSameTriples() throws JsonLdError {
        var ld = get("api/organisations/voluntary-action-leeds", "application/ld+json");
        assertEquals(200, ld.statusCode(), ld.body());
        assertEquals("application/ld+json", ld.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(ld.headers().firstValue("ETag").isPresent());
        assertTrue(ld.headers().allValues("Vary").toString().contains("Accept"));
        var api = rdf(ld.body());
        String self = Http.uri("api/organisations/voluntary-action-leeds").toString();
        assertTrue(api.stream().anyMatch(t -> t.getSubject().getValue().equals(self)
                && t.getPredicate().getValue().equals("https://schema.org/name")
                && t.getObject().getValue().equals("Voluntary Action Leeds")), api.toString());

        var plain = get("api/organisations/voluntary-action-leeds", "*/*");
        assertEquals("application/json", plain.headers().firstValue("Content-Type").orElse("").split(";")[0]);

        String html = get("organisation.xhtml?id=voluntary-action-leeds", "text/html").body();
        String open = "<script type=\"application/ld+json\">";
        int start = html.indexOf(open) + open.length();
        String script = html.substring(start, html.indexOf("</script>", start));
        assertEquals(api.size(), rdf(script).size());
        assertTrue(rdf(script).stream().anyMatch(t -> t.getSubject().getValue().equals(self)));
    }
}
