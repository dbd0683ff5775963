package org.thirdsectoratlas.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/** /metrics answers in Prometheus text with the requests per route and the Atlas's own freshness gauges. */
class MetricsIT extends DeployedAtlasTest {

    private static String metrics() {
        var response = Http.send(HttpRequest.newBuilder(Http.uri("metrics")).header("Accept", "text/plain").GET()
                .build()); // as Prometheus asks
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                response.headers().map().toString());
        return response.body();
    }

    /** The samples of a metric whose labels include the given one. */
    private static DoubleStream samples(String text, String name, String label) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(label)
                + "[^}]*\\} (\\S+)$");
        return Arrays.stream(text.split("\n")).map(line::matcher).filter(Matcher::matches)
                .mapToDouble(m -> Double.parseDouble(m.group(1)));
    }

    private static OptionalDouble sample(String text, String name, String label) {
        return samples(text, name, label).findFirst();
    }

    @Test
    void aScrapeShowsRequestsPerRouteAndHowFreshThisReplicaIs() {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, Http.get("api/organisations/leeds-gate").statusCode());
        }
        String text = metrics();
        assertTrue(samples(text, "REST_request_seconds_count",
                "class=\"org.thirdsectoratlas.organisations.interfaces.rest.OrganisationResource\"")
                .anyMatch(count -> count >= 3), "requests and latency per route: " + text);
        double signalAge = sample(text, "atlas_change_signal_age_seconds", "mp_scope=\"application\"")
                .orElseThrow(() -> new AssertionError(text));
        assertTrue(signalAge >= 0 && signalAge < 5, "the change counter is read every 0.5 s: " + signalAge);
        assertTrue(sample(text, "atlas_trust_graph_load_seconds", "mp_scope").orElseThrow() > 0);
        assertTrue(sample(text, "atlas_trust_graph_age_seconds", "mp_scope").orElseThrow() >= 0);
        assertTrue(sample(text, "atlas_graph_sessions_in_use", "mp_scope").isPresent());

        double hits = sample(text, "atlas_answer_cache_hits", "cache=\"organisation\"").orElseThrow();
        assertEquals(200, Http.get("api/organisations/leeds-gate").statusCode());
        double after = sample(metrics(), "atlas_answer_cache_hits", "cache=\"organisation\"").orElseThrow();
        assertTrue(after > hits, "a repeated organisation read is served from memory: " + hits + " → " + after);
    }
}
