package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/**
 * The contract check: real answers on the Leeds seed validated against the schemas the OpenAPI document declares
 * for them (ContractSchemas: networknt, draft 2020-12, formats asserted, undeclared properties are errors).
 */
class ContractIT extends DeployedAtlasTest {

    private static final ContractSchemas SCHEMAS = new ContractSchemas(Path.of("target", "generated", "openapi.json"));


    private static void holds(String method, String template, HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").strip();
        List<String> errors = SCHEMAS.errors(method, template, response.statusCode(), type, response.body());
        assertTrue(errors.isEmpty(), method + " " + response.uri() + " " + response.statusCode() + ": " + errors
                + "\n" + response.body().substring(0, Math.min(2000, response.body().length())));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ' ', value = {
            "/api/organisations/{id} api/organisations/leeds-gate",
            "/api/organisations/{id} api/organisations/voluntary-action-leeds",
            "/api/organisations/{id} api/organisations/age-uk-leeds",
            "/api/organisations api/organisations",
            "/api/organisations api/organisations?q=solidarity",
            "/api/organisations api/organisations?locality=leeds&community=sex-workers&size=5&page=1",
            "/api/organisations/{id}/collaborators api/organisations/leeds-gate/collaborators",
            "/api/networks api/networks",
            "/api/networks/{id} api/networks/leeds-solidarity-network",
            "/api/consortia api/consortia",
            "/api/consortia/{id} api/consortia/advonet-consortium",
            "/api/consortia/{id}/readiness api/consortia/advonet-consortium/readiness",
            "/api/communities api/communities?survey=true",
            "/api/communities/{id} api/communities/sex-workers",
            "/api/localities api/localities",
            "/api/localities/{id} api/localities/leeds",
            "/api/resources api/resources",
            "/api/resources/{id} api/resources/orion-partnership-physical-space",
            "/api/contracts api/contracts",
            "/api/programmes api/programmes",
            "/api/programmes api/programmes?q=holidays",
            "/api/programmes/{id} api/programmes/healthy-holidays",
            "/api/programmes/{id} api/programmes/covid-emergency-food-response",
            "/api/pathways api/pathways?from=leeds-gate&to=yorkshire-mesmac",
            "/api/collaborations api/collaborations?community=gypsies-and-travellers",
            "/api/insights/coverage api/insights/coverage",
            "/api/insights/summary api/insights/summary",
            "/api/insights/lead-exposure api/insights/lead-exposure",
            "/api/insights/connectors api/insights/connectors",
            "/api/auth/me api/auth/me"})
    void aReadAnswersWhatTheDocumentDeclares(String template, String path) {
        var response = Http.get(path);
        assertEquals(200, response.statusCode(), path + " " + response.body());
        holds("GET", template, response);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ' ', value = {
            "/api/organisations/{id} api/organisations/no-such-organisation",
            "/api/organisations api/organisations?size=500",
            "/api/pathways api/pathways?from=leeds-gate",
            "/api/collaborations api/collaborations"})
    void aProblemIsTheDeclaredProblem(String template, String path) {
        var response = Http.get(path);
        assertTrue(response.statusCode() >= 400, path);
        holds("GET", template, response);
    }

    @Test
    void theSignedInAnswersHoldToo() {
        holds("GET", "/api/auth/me", Api.get("api/auth/me", DemoUsers.MEMBER_LEEDS_GATE));
        holds("GET", "/api/organisations/{id}/editable",
                Api.get("api/organisations/leeds-gate/editable", DemoUsers.MEMBER_LEEDS_GATE));
        holds("GET", "/api/organisations/{id}/history",
                Api.get("api/organisations/leeds-gate/history", DemoUsers.MEMBER_LEEDS_GATE));
        holds("POST", "/api/auth/token", Http.send(DemoUsers.tokenRequest(DemoUsers.MEMBER_BASIS,
                DemoUsers.password(DemoUsers.MEMBER_BASIS))));
    }

    /**
     * The document's examples name records of the Leeds seed that answer: every public read, called with its path
     * parameters' examples and then with each query parameter's example in turn, answers 200 with what the document
     * declares. (Contracts and ties have no id example: the seed has no contract, and tie ids are made by writes.)
     */
    @Test
    void everyPublicReadAnswersItsExamples() throws IOException {
        JsonObject document;
        try (var reader = Files.newBufferedReader(Path.of("target", "generated", "openapi.json"))) {
            document = Json.createReader(reader).readObject();
        }
        List<String> called = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        document.getJsonObject("paths").forEach((template, item) -> {
            JsonObject get = item.asJsonObject().getJsonObject("get");
            if (get == null || !get.getJsonArray("security").contains(JsonValue.EMPTY_JSON_OBJECT)) {
                return; // not a public read
            }
            String path = template.substring(1);
            List<String> required = new ArrayList<>();
            List<String> optional = new ArrayList<>();
            for (JsonValue value : get.containsKey("parameters") ? get.getJsonArray("parameters") : JsonValue.EMPTY_JSON_ARRAY) {
                JsonObject parameter = value.asJsonObject();
                if (parameter.containsKey("$ref") || !"path,query".contains(parameter.getString("in"))) {
                    continue;
                }
                String name = parameter.getString("name");
                String example = parameter.containsKey("example") ? example(parameter.get("example")) : null;
                if (parameter.getString("in").equals("path")) {
                    if (example == null) {
                        return; // contracts/{id}, ties/{tieId}
                    }
                    path = path.replace("{" + name + "}", URLEncoder.encode(example, StandardCharsets.UTF_8));
                } else if (example != null) {
                    (parameter.getBoolean("required", false) ? required : optional)
                            .add(name + "=" + URLEncoder.encode(example, StandardCharsets.UTF_8));
                }
            }
            List<String> calls = new ArrayList<>();
            String base = path + (required.isEmpty() ? "" : "?" + String.join("&", required));
            if (optional.isEmpty()) {
                calls.add(base);
            }
            for (String query : optional) {
                calls.add(base + (base.contains("?") ? "&" : "?") + query);
            }
            for (String call : calls) {
                var response = Http.get(call);
                called.add(call);
                String type = response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").strip();
                if (response.statusCode() != 200) {
                    failures.add(call + " " + response.statusCode() + " " + response.body());
                } else if (type.equals("application/json")) {
                    List<String> errors = SCHEMAS.errors("GET", template, 200, type, response.body());
                    if (!errors.isEmpty()) {
                        failures.add(call + " " + errors);
                    }
                }
            }
        });
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(called.contains("api/organisations/age-uk-leeds"), called.toString());
        assertTrue(called.size() > 40, called.toString());
    }

    private static String example(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    /** The partner search (a POST that writes nothing), with the query PathwaysApiIT knows the answer to. */
    @Test
    void aPartnerSearchAnswersWhatTheDocumentDeclares() {
        var response = Api.post("api/partner-search", """
                {"communities": ["sex-workers", "communities-affected-by-hiv"], "localities": ["leeds"],
                 "resourceKinds": ["PREMISES"], "members": ["leeds-gate"], "limit": 5}""", null);
        assertEquals(200, response.statusCode(), response.body());
        holds("POST", "/api/partner-search", response);
        assertEquals(2, Http.json(response).getJsonArray("candidates").size(), "candidates with pathways checked");
    }

    /** A stale If-Match writes nothing and answers the problem that carries the current state. */
    @Test
    void aStaleWriteAnswersTheDeclaredProblemWithTheCurrentState() {
        var editable = Api.get("api/organisations/leeds-gate/editable", DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(200, editable.statusCode(), editable.body());
        JsonObject state = Http.json(editable);
        // The state as it is, so that even a server that wrongly wrote would change nothing.
        JsonObjectBuilder draft = Json.createObjectBuilder().add("id", state.getString("id"))
                .add("name", state.getString("name")).add("kind", state.getString("kind"))
                .add("identifiers", state.getJsonArray("identifiers"))
                .add("communities", state.getJsonArray("communities"))
                .add("localities", state.getJsonArray("localities"))
                .add("visibility", state.getString("visibility"));
        for (String optional : List.of("description", "website", "sizeBand")) {
            if (state.containsKey(optional)) {
                draft.add(optional, state.get(optional));
            }
        }
        var stale = Http.send(Api.request("PUT", "api/organisations/leeds-gate", draft.build().toString(),
                DemoUsers.MEMBER_LEEDS_GATE).header("If-Match", "\"v" + (state.getInt("version") + 100) + "\"").build());
        assertEquals(412, stale.statusCode(), stale.body());
        holds("PUT", "/api/organisations/{id}", stale);
        assertEquals(state.getInt("version"), Http.json(stale).getJsonObject("current").getInt("version"));
        assertTrue(stale.headers().firstValue("ETag").isPresent(), "the current version for the next If-Match");
    }
}
