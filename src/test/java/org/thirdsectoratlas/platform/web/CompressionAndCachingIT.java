package org.thirdsectoratlas.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/**
 * Fast on a phone: text answers come gzipped to a client that accepts it (and decompress to what an identity
 * answer holds), versioned static resources may be kept for a year, and pages and API answers keep their own
 * caching, their validators still giving 304 whatever the encoding.
 */
class CompressionAndCachingIT extends DeployedAtlasTest {

    private static final long YEAR = 31_536_000;
    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");
    private static final Pattern SOURCES = Pattern.compile("(?:src|href)=\"(/(?:jakarta\\.faces\\.resource|webjars)/[^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();


    private static HttpResponse<byte[]> get(String path, boolean gzip, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.uri(path.startsWith("/") ? path.substring(1) : path))
                .GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return String.join(", ", response.headers().allValues(name));
    }

    /** The scripts and style sheets a page loads from this server, as its HTML addresses them. */
    private static List<String> staticResources(String page) {
        HttpResponse<byte[]> response = get(page, false);
        assertEquals(200, response.statusCode(), page);
        Matcher found = SOURCES.matcher(new String(response.body(), StandardCharsets.UTF_8));
        return found.results().map(m -> m.group(1).replace("&amp;", "&")).toList();
    }

    private static HttpResponse<byte[]> gzipped(String path) {
        HttpResponse<byte[]> zipped = get(path, true);
        assertEquals(200, zipped.statusCode(), path);
        assertEquals("gzip", header(zipped, "Content-Encoding"), path + " " + zipped.headers().map());
        assertTrue(header(zipped, "Vary").contains("Accept-Encoding"), path + " " + zipped.headers().map());
        return zipped;
    }

    @Test
    void aPageAScriptAndAnApiAnswerComeGzippedAndDecompressToWhatAnUncompressedAnswerHolds() {
        String page = new String(gunzip(gzipped("organisations.xhtml").body()), StandardCharsets.UTF_8);
        assertTrue(page.contains("<h1") && page.contains("Organisations") && page.strip().endsWith("</html>"),
                page.substring(0, Math.min(400, page.length())));

        String script = staticResources("map.xhtml").stream().filter(s -> s.contains("network-map.js")).findFirst()
                .orElseThrow();
        byte[] plainScript = get(script, false).body();
        assertTrue(header(get(script, false), "Content-Encoding").isEmpty(), "identity when gzip is not accepted");
        assertArrayEquals(plainScript, gunzip(gzipped(script).body()), script);

        String api = "api/organisations?size=50";
        HttpResponse<byte[]> plain = get(api, false);
        HttpResponse<byte[]> zipped = gzipped(api);
        assertArrayEquals(plain.body(), gunzip(zipped.body()), api);
        assertTrue(header(zipped, "Content-Type").startsWith("application/json"), zipped.headers().map().toString());
        assertTrue(zipped.body().length * 3 < plain.body().length, "JSON shrinks: " + zipped.body().length + " of "
                + plain.body().length + " bytes");
    }

    @Test
    void versionedScriptsAndStyleSheetsMayBeKeptForAYearAndAnUnknownOneIsNot() {
        List<String> resources = staticResources("map.xhtml");
        assertTrue(resources.stream().anyMatch(r -> r.contains("network-map.js") && r.contains("v=")),
                "the map's own script is versioned: " + resources);
        assertTrue(resources.stream().anyMatch(r -> r.contains("atlas.css") && r.contains("v=")), resources.toString());
        assertTrue(resources.stream().anyMatch(r -> r.startsWith("/webjars/cytoscape/")), resources.toString());
        for (String resource : resources) {
            assertTrue(resource.startsWith("/webjars/") || resource.contains("v="), "versioned: " + resource);
            HttpResponse<byte[]> response = get(resource, true);
            assertEquals(200, response.statusCode(), resource);
            Matcher age = MAX_AGE.matcher(header(response, "Cache-Control"));
            assertTrue(age.find() && Long.parseLong(age.group(1)) >= YEAR, resource + " " + response.headers().map());
            assertTrue(header(response, "Cache-Control").contains("immutable"), resource);
        }

        HttpResponse<byte[]> unknown = get("/jakarta.faces.resource/js/no-such-script.js.xhtml?v=1", false);
        assertEquals(404, unknown.statusCode());
        assertFalse(MAX_AGE.matcher(header(unknown, "Cache-Control")).find(), unknown.headers().map().toString());
    }

    @Test
    void pagesAndApiAnswersKeepTheirCachingAndTheirValidatorsWhateverTheEncoding() {
        HttpResponse<byte[]> page = gzipped("organisations.xhtml");
        assertFalse(MAX_AGE.matcher(header(page, "Cache-Control")).find(), "a page is not kept: " + page.headers().map());

        String api = "api/organisations?size=50";
        HttpResponse<byte[]> plain = get(api, false);
        HttpResponse<byte[]> zipped = gzipped(api);
        assertEquals("public, max-age=60", header(zipped, "Cache-Control"));
        String etag = header(plain, "ETag");
        assertFalse(etag.isEmpty(), plain.headers().map().toString());
        assertEquals(etag, header(zipped, "ETag"), "the validator names the JSON, whatever its encoding");
        assertTrue(header(zipped, "Vary").contains("Accept-Encoding"), zipped.headers().map().toString());
        for (boolean gzip : new boolean[] {true, false}) {
            HttpResponse<byte[]> again = get(api, gzip, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), "gzip " + gzip);
            assertEquals(0, again.body().length);
            assertEquals(etag, header(again, "ETag"));
            assertTrue(header(again, "Vary").contains("Accept-Encoding"), again.headers().map().toString());
            // a 304 names no coding, or the one the request's own answer would have had
            String coding = header(again, "Content-Encoding");
            assertTrue(coding.isEmpty() || gzip && coding.equals("gzip"), again.headers().map().toString());
        }
    }
}
