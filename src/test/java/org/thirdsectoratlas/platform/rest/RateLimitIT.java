package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/**
 * A client sees its quota on every answer and gets a 429 problem with Retry-After beyond it. The writes quota is
 * used up by the admin demo user, with requests refused as invalid, so nothing is written; no other test writes
 * as admin, since the suite shares one deployment and the quota lasts its window.
 */
class RateLimitIT extends DeployedAtlasTest {

    private static final Pattern POLICY = Pattern.compile("\"(\\w+)\";q=(\\d+);w=(\\d+)");
    private static final Pattern LEFT = Pattern.compile("\"(\\w+)\";r=(\\d+);t=(\\d+)");


    private static Matcher header(HttpResponse<String> response, String name, Pattern pattern) {
        String value = response.headers().firstValue(name).orElse(null);
        assertNotNull(value, name + " on " + response.uri());
        Matcher matcher = pattern.matcher(value);
        assertTrue(matcher.matches(), name + ": " + value);
        return matcher;
    }

    @Test
    void readsAndTheTokenEndpointTellTheClientItsQuota() {
        var read = Http.get("api/organisations/leeds-gate");
        assertEquals("reads", header(read, "RateLimit-Policy", POLICY).group(1));
        assertEquals("reads", header(read, "RateLimit", LEFT).group(1));

        var token = Http.send(DemoUsers.tokenRequest(DemoUsers.MEMBER_BASIS, DemoUsers.password(DemoUsers.MEMBER_BASIS)));
        assertEquals(200, token.statusCode());
        assertEquals("writes", header(token, "RateLimit-Policy", POLICY).group(1));
        assertEquals("writes", header(token, "RateLimit", LEFT).group(1));
    }

    @Test
    void aClientOverItsWritesQuotaGetsA429WithRetryAfterUntilTheWindowEnds() {
        HttpResponse<String> first = Api.post("api/ties", "{}", DemoUsers.ADMIN);
        assertEquals(400, first.statusCode(), first.body());
        Matcher policy = header(first, "RateLimit-Policy", POLICY);
        assertEquals("writes", policy.group(1));
        int quota = Integer.parseInt(policy.group(2));
        int window = Integer.parseInt(policy.group(3));
        int left = Integer.parseInt(header(first, "RateLimit", LEFT).group(2));
        assertTrue(left < quota);

        HttpResponse<String> refused = null;
        // A window may end while we count: at most two windows' worth.
        for (int i = 0; i < 2 * quota + 2 && refused == null; i++) {
            HttpResponse<String> response = Api.post("api/ties", "{}", DemoUsers.ADMIN);
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(400, response.statusCode(), response.body());
            }
        }
        assertNotNull(refused, "no 429 within " + (2 * quota + 2) + " writes");
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(refused);
        assertEquals(429, problem.getInt("status"));
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= window, "Retry-After " + retryAfter);
        Matcher remaining = header(refused, "RateLimit", LEFT);
        assertEquals("0", remaining.group(2));
        assertEquals(retryAfter, Long.parseLong(remaining.group(3)));

        // Another client is not held back by this one's quota.
        assertEquals(400, Api.post("api/ties", "{}", DemoUsers.MODERATOR).statusCode());
    }
}
