package org.thirdsectoratlas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/**
 * Walks every mutating operation (POST, PUT, PATCH, DELETE) the OpenAPI document lists and proves each one
 * refuses an anonymous caller with a 401 problem. New endpoints are covered as soon as they are documented.
 */
class MutatingOperationsIT extends DeployedAtlasTest {

    /** POSTs that change nothing: they are public on purpose (web.xml lists the same paths). */
    static final Set<String> PUBLIC_POSTS = Set.of("/api/auth/token", "/api/partner-search");
    private static final Set<String> MUTATING = Set.of("post", "put", "patch", "delete");


    @Test
    void everyMutatingOperationRefusesAnAnonymousCaller() {
        JsonObject paths = Http.json(Http.get("openapi?format=JSON")).getJsonObject("paths");
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, jakarta.json.JsonValue> path : paths.entrySet()) {
            String template = path.getKey().startsWith("/api/") ? path.getKey() : "/api" + path.getKey();
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (!MUTATING.contains(method) || PUBLIC_POSTS.contains(template)) {
                    continue;
                }
                String concrete = template.replaceAll("\\{[^}]+}", "leeds-gate").substring(1);
                var response = Api.call(method.toUpperCase(), concrete, "{}", null);
                assertEquals(401, response.statusCode(), method + " " + template + ": " + response.body());
                assertTrue(response.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json"), method + " " + template);
                checked.add(method.toUpperCase() + " " + template);
            }
        }
        assertTrue(checked.contains("PUT /api/organisations/{id}"), checked.toString());
        assertTrue(checked.contains("POST /api/ties/{tieId}/confirm"), checked.toString());
        assertTrue(checked.size() >= 8, "the walk found the editing operations: " + checked);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("", "organisations.xhtml", "api/organisations/leeds-gate", "api/no-such-path")) {
            var headers = Http.get(path).headers();
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                    path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(""), path);
        }
        assertTrue(Http.get("api/organisations").headers().firstValue("Content-Security-Policy").orElseThrow()
                .startsWith("default-src 'none'"), "the API allows nothing to run");
    }
}
