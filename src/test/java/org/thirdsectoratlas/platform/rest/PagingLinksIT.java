package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/** A paged list names its first, previous, next and last pages, in the body and in the Link header alike. */
class PagingLinksIT extends DeployedAtlasTest {

    private static final Pattern LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"?([a-z]+)\"?");


    private static Map<String, String> header(java.net.http.HttpResponse<String> response) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String value : response.headers().allValues("Link")) {
            for (String part : value.split(",(?=\\s*<)")) {
                Matcher matcher = LINK.matcher(part.strip());
                assertTrue(matcher.matches(), part);
                links.put(matcher.group(2), matcher.group(1));
            }
        }
        return links;
    }

    private static Map<String, String> body(JsonObject page) {
        Map<String, String> links = new LinkedHashMap<>();
        page.getJsonObject("links").forEach((rel, uri) -> {
            if (!rel.equals("self")) {
                links.put(rel, ((jakarta.json.JsonString) uri).getString());
            }
        });
        return links;
    }

    private static java.net.http.HttpResponse<String> get(String absolute) {
        return Http.send(HttpRequest.newBuilder(URI.create(absolute)).header("Accept", "application/json").GET()
                .build());
    }

    @Test
    void followingNextFromTheFirstPageVisitsEveryOrganisationOnceKeepingTheFilter() {
        var response = Http.get("api/organisations?locality=leeds&size=3");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject page = Http.json(response);
        long total = page.getJsonNumber("total").longValue();
        assertTrue(total > 6, "the seed has enough Leeds organisations for three pages: " + total);
        Map<String, String> links = header(response);
        assertEquals(links, body(page), "the header and the body name the same pages");
        assertFalse(links.containsKey("prev"), "the first page has no previous one");
        assertTrue(links.get("last").contains("page=" + ((total + 2) / 3 - 1)), links.toString());

        Set<String> seen = new HashSet<>();
        int pages = 0;
        String next = Http.uri("api/organisations?locality=leeds&size=3").toString();
        String previousPage = null;
        while (next != null) {
            var current = get(next);
            assertEquals(200, current.statusCode(), next);
            JsonObject body = Http.json(current);
            body.getJsonArray("items").forEach(item -> assertTrue(seen.add(item.asJsonObject().getString("id")),
                    "listed twice: " + item));
            Map<String, String> here = header(current);
            assertEquals(here, body(body));
            assertTrue(here.get("first").contains("locality=leeds") && here.get("first").contains("size=3"), here.get("first"));
            if (previousPage != null) {
                assertEquals(previousPage, here.get("prev").replaceAll(".*page=(\\d+).*", "$1"));
            }
            previousPage = Integer.toString(body.getInt("page"));
            next = here.get("next");
            pages++;
        }
        assertEquals(total, seen.size(), "every organisation once");
        assertEquals((total + 2) / 3, pages);
    }

    @Test
    void everyPagedListOfTheDirectoryCarriesItsLinks() {
        for (String path : new String[] {"api/networks", "api/consortia", "api/communities", "api/localities",
                "api/resources", "api/contracts"}) {
            var response = Http.get(path + "?size=2");
            assertEquals(200, response.statusCode(), path);
            JsonObject page = Http.json(response);
            assertTrue(page.getJsonObject("links").getString("self").contains(path), path);
            assertEquals(header(response), body(page), path);
            assertTrue(header(response).containsKey("first"), path);
        }
    }
}
