package org.thirdsectoratlas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/** Demo accounts get signed tokens; the API knows who holds one; anonymous writes are refused. */
class AuthenticationIT extends DeployedAtlasTest {

    @Test
    void aMemberGetsATokenCarryingRolesAndOrganisations() {
        var response = Http.send(DemoUsers.tokenRequest(DemoUsers.MEMBER_LEEDS_GATE,
                DemoUsers.password(DemoUsers.MEMBER_LEEDS_GATE)));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject token = Http.json(response);
        assertEquals("Bearer", token.getString("token_type"));

        String[] parts = token.getString("access_token").split("\\.");
        assertEquals(3, parts.length, "a signed JWT: header.payload.signature");
        JsonObject header = json(parts[0]);
        assertEquals("RS256", header.getString("alg"));
        JsonObject claims = json(parts[1]);
        assertEquals(DemoUsers.MEMBER_LEEDS_GATE, claims.getString("upn"));
        assertEquals(List.of("member"), strings(claims, "groups"));
        assertEquals(List.of("leeds-gate"), strings(claims, "orgs"));
    }

    @Test
    void theApiRecognisesTheBearerOfAToken() {
        JsonObject me = Http.json(Api.get("api/auth/me", DemoUsers.MODERATOR));
        assertEquals(DemoUsers.MODERATOR, me.getString("user"));
        assertTrue(strings(me, "roles").contains("moderator"), me.toString());

        JsonObject anonymous = Http.json(Api.get("api/auth/me", null));
        assertTrue(!anonymous.containsKey("user") || anonymous.isNull("user"), anonymous.toString());
        assertTrue(!anonymous.getBoolean("isAuthenticated"), anonymous.toString());
    }

    @Test
    void aWrongPasswordIsA401Problem() {
        var response = Http.send(DemoUsers.tokenRequest(DemoUsers.MODERATOR, "not-the-password"));
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(!response.body().contains("access_token"));
    }

    @Test
    void aForgedTokenIsRefused() {
        String token = DemoUsers.token(DemoUsers.MEMBER_BASIS);
        String[] parts = token.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"member\"", "\"admin\"").getBytes());
        var response = Http.send(Api.request("POST", "api/organisations", "{}", null)
                .header("Authorization", "Bearer " + parts[0] + "." + forgedClaims + "." + parts[2]).build());
        assertEquals(401, response.statusCode(), response.body());
    }

    @Test
    void aTokenThatCannotBeVerifiedIsA401ProblemOnReadsTooNeverAnAnonymousAnswer() {
        String token = DemoUsers.token(DemoUsers.MEMBER_BASIS);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        for (String path : List.of("api/auth/me", "api/organisations/age-uk-leeds", "organisations.xhtml")) {
            var response = Http.send(Api.request("GET", path, null, null)
                    .header("Authorization", "Bearer " + forged).build());
            assertEquals(401, response.statusCode(), path + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    path);
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"), path);
        }
        assertEquals(200, Api.get("api/auth/me", DemoUsers.MEMBER_BASIS).statusCode(), "the real token still works");
    }

    @Test
    void anAnonymousWriteIsA401Problem() {
        var response = Api.post("api/organisations", "{\"name\":\"Anon\"}", null);
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map().toString());
        assertEquals(401, Http.json(response).getInt("status"));
    }

    private static JsonObject json(String base64url) {
        String text = new String(Base64.getUrlDecoder().decode(base64url));
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return reader.readObject();
        }
    }

    private static List<String> strings(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
