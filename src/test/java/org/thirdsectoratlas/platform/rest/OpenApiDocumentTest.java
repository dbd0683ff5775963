package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the build makes from the annotations and OpenApiDocumentFilter
 * (target/generated/openapi.json, smallrye-open-api-maven-plugin in process-classes) holds to the contract
 * conventions of docs/api.md. OpenApiDocumentIT holds the served /openapi to this same document.
 */
class OpenApiDocumentTest {

    private static final Path DOCUMENT = Path.of("target", "generated", "openapi.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head");

    private static JsonObject document;

    @BeforeAll
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOCUMENT)) {
            document = Json.createReader(reader).readObject();
        }
    }

    private static void eachOperation(BiConsumer<String, JsonObject> check) {
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                check.accept(method.toUpperCase() + " " + path, operation.asJsonObject());
            }
        }));
    }

    @Test
    void everyOperationHasAUniqueOperationIdASummaryAndADescription() {
        Set<String> ids = new HashSet<>();
        eachOperation((name, operation) -> {
            String id = operation.getString("operationId", null);
            assertNotNull(id, name);
            assertTrue(id.matches("[a-z][A-Za-z]+"), name + ": " + id);
            assertTrue(ids.add(id), "operationId used twice: " + id);
            assertFalse(operation.getString("summary", "").isBlank(), name);
            assertFalse(operation.getString("description", "").isBlank(), name);
        });
        assertTrue(ids.containsAll(List.of("getOrganisation", "listOrganisations", "findPathways", "createTie",
                "confirmTie", "withdrawTie", "createToken", "getCaller")), ids.toString());
    }

    @Test
    void everyOperationDeclaresItsRateLimitServerErrorAndUnavailableAnswers() {
        eachOperation((name, operation) -> {
            JsonObject responses = operation.getJsonObject("responses");
            for (String status : List.of("401", "429", "500", "503")) {
                assertTrue(responses.containsKey(status), name + " lacks " + status);
            }
            responses.forEach((status, response) -> {
                JsonObject answer = response.asJsonObject();
                if (status.startsWith("2") && !answer.containsKey("$ref")) {
                    assertTrue(answer.containsKey("content"), name + " " + status + " declares no content type");
                    assertTrue(answer.getJsonObject("headers").containsKey("RateLimit"), name + " " + status);
                }
            });
        });
    }

    @Test
    void everyJsonAnswerAndBodyHasASchemaAndEveryPagedListHasLinks() {
        eachOperation((name, operation) -> {
            operation.getJsonObject("responses").forEach((status, response) -> {
                JsonObject content = response.asJsonObject().getJsonObject("content");
                if (content != null && content.containsKey("application/json")) {
                    assertTrue(content.getJsonObject("application/json").containsKey("schema"),
                            name + " " + status + " declares JSON without a schema");
                }
            });
            if (operation.containsKey("requestBody")) {
                operation.getJsonObject("requestBody").getJsonObject("content").forEach((type, media) ->
                        assertNotNull(media.asJsonObject().getJsonObject("schema"), name + " " + type));
            }
            boolean paged = operation.containsKey("parameters") && operation.getJsonArray("parameters").stream()
                    .map(JsonValue::asJsonObject).anyMatch(p -> "page".equals(p.getString("name", "")));
            // HSDS pages are the Open Referral standard's own shape (total_items, page, per_page...), not PagedList.
            if (paged && name.startsWith("GET") && !name.startsWith("GET /api/hsds/")) {
                String ref = operation.getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                        .getJsonObject("application/json").getJsonObject("schema").getString("$ref", "");
                assertTrue(ref.startsWith("#/components/schemas/PagedList"), name + " answers " + ref);
            }
        });
    }

    @Test
    void aStaleVersionIsTheProblemThatCarriesTheCurrentState() {
        List<String> checked = new ArrayList<>();
        eachOperation((name, operation) -> {
            JsonObject stale = operation.getJsonObject("responses").getJsonObject("412");
            if (stale == null || stale.containsKey("$ref")) {
                return;
            }
            JsonObject content = stale.getJsonObject("content");
            assertEquals(Set.of(Problem.MEDIA_TYPE), content.keySet(), name);
            String ref = content.getJsonObject(Problem.MEDIA_TYPE).getJsonObject("schema").getString("$ref");
            JsonObject schema = document.getJsonObject("components").getJsonObject("schemas")
                    .getJsonObject(ref.replace("#/components/schemas/", ""));
            assertTrue(schema.getJsonObject("properties").getJsonObject("current").getString("$ref")
                    .startsWith("#/components/schemas/Editable"), name + " " + schema);
            assertTrue(stale.getJsonObject("headers").containsKey("ETag"), name);
            checked.add(name);
        });
        assertTrue(checked.contains("PUT /api/organisations/{id}") && checked.contains("PUT /api/networks/{id}"),
                checked.toString());
    }

    @Test
    void theEditableStatesDeclareJsonSoAGeneratedClientAcceptsIt() {
        for (String collection : List.of("organisations", "networks", "consortia", "contracts")) {
            JsonObject ok = document.getJsonObject("paths").getJsonObject("/api/" + collection + "/{id}/editable")
                    .getJsonObject("get").getJsonObject("responses").getJsonObject("200");
            assertTrue(ok.getJsonObject("content").containsKey("application/json"), collection);
        }
    }

    @Test
    void everyParameterIsTypedAndBounded() {
        eachOperation((name, operation) -> {
            if (!operation.containsKey("parameters")) {
                return;
            }
            for (JsonValue value : operation.getJsonArray("parameters")) {
                JsonObject parameter = value.asJsonObject();
                if (parameter.containsKey("$ref")) { // a shared parameter: #/components/parameters/<name>
                    String shared = parameter.getString("$ref").replaceFirst("^#/components/parameters/", "");
                    parameter = document.getJsonObject("components").getJsonObject("parameters").getJsonObject(shared);
                    assertNotNull(parameter, name + " refers to a parameter the document lacks: " + shared);
                }
                JsonObject schema = parameter.getJsonObject("schema");
                String where = name + " " + parameter.getString("name");
                if (schema.containsKey("$ref")) {
                    continue;
                }
                String type = schema.getString("type");
                switch (type) {
                    case "integer" -> assertTrue(schema.containsKey("minimum") && schema.containsKey("maximum"), where);
                    case "boolean" -> { }
                    case "string" -> assertTrue(schema.containsKey("maxLength") || schema.containsKey("enum"), where);
                    default -> throw new AssertionError(where + " is a " + type);
                }
            }
        });
        JsonObject page = parameter("/api/organisations", "page");
        assertEquals("integer", page.getJsonObject("schema").getString("type"));
        JsonObject flag = parameter("/api/pathways", "confirmedOnly");
        assertEquals("boolean", flag.getJsonObject("schema").getString("type"));
    }

    private static JsonObject parameter(String path, String name) {
        for (JsonValue value : document.getJsonObject("paths").getJsonObject(path).getJsonObject("get")
                .getJsonArray("parameters")) {
            if (value.asJsonObject().getString("name").equals(name)) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError(path + " has no parameter " + name);
    }

    @Test
    void patternsAreAnchoredAndClosedSetsAreEnumerations() {
        List<String> patterns = new ArrayList<>();
        collect(document, patterns);
        assertFalse(patterns.isEmpty());
        for (String pattern : patterns) {
            assertTrue(pattern.startsWith("^") && pattern.endsWith("$"), pattern);
            assertFalse(pattern.contains("\\p{") || pattern.contains("(?s)"), "not ECMA-262: " + pattern);
            assertFalse(Pattern.compile("\\^\\(\\?:[A-Z_]+(\\|[A-Z_]+)+\\)\\$").matcher(pattern).matches(),
                    "an enumeration written as a pattern: " + pattern);
            Pattern.compile(pattern); // the ECMA subset used here is also Java syntax
        }
        JsonObject kind = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("TieClaim")
                .getJsonObject("properties").getJsonObject("kind");
        assertTrue(kind.getJsonArray("enum").contains(Json.createValue("COLLABORATION")), kind.toString());
    }

    private static void collect(JsonValue value, List<String> patterns) {
        if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                if (key.equals("pattern") && child.getValueType() == JsonValue.ValueType.STRING) {
                    patterns.add(((jakarta.json.JsonString) child).getString());
                } else {
                    collect(child, patterns);
                }
            });
        } else if (value instanceof jakarta.json.JsonArray array) {
            array.forEach(child -> collect(child, patterns));
        }
    }

    /**
     * Object schemas that may rightly list nothing as always present, each with the reason. Everything else says
     * which of its properties every answer carries, so a generated client can type them as non-null.
     */
    private static final Map<String, String> NOTHING_REQUIRED = Map.of(
            "#/components/schemas/PartnerSearchRequest",
            "a search request: every criterion is optional, and an empty request finds partners for nothing");

    @Test
    void everyObjectSchemaSaysWhichPropertiesAreAlwaysThere() {
        Map<String, JsonObject> objects = new java.util.TreeMap<>();
        objectSchemas(document, "#", objects);
        assertTrue(objects.size() > 90, objects.keySet().toString());
        objects.forEach((where, schema) -> {
            if (NOTHING_REQUIRED.containsKey(where)) {
                assertFalse(schema.containsKey("required"), where + " is on the allow-list but declares required");
                return;
            }
            assertTrue(schema.containsKey("required"), where + " does not say which properties are always there");
            var required = schema.getJsonArray("required");
            assertFalse(required.isEmpty(), where);
            Set<String> declared = schema.getJsonObject("properties").keySet();
            required.forEach(name -> assertTrue(declared.contains(((jakarta.json.JsonString) name).getString()),
                    where + " requires an undeclared " + name));
        });
        assertTrue(objects.keySet().containsAll(NOTHING_REQUIRED.keySet()), "a stale allow-list entry");
        JsonObject organisation = objects.get("#/components/schemas/Organisation");
        assertTrue(organisation.getJsonArray("required").contains(Json.createValue("id")), organisation.toString());
        assertFalse(organisation.getJsonArray("required").contains(Json.createValue("description")),
                "an organisation's description is optional");
    }

    private static void objectSchemas(JsonValue value, String where, Map<String, JsonObject> found) {
        if (value instanceof JsonObject object) {
            if (object.get("properties") instanceof JsonObject) {
                found.put(where, object);
            }
            object.forEach((key, child) -> {
                if (!key.equals("example") && !key.equals("examples")) {
                    objectSchemas(child, where + "/" + key, found);
                }
            });
        } else if (value instanceof jakarta.json.JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                objectSchemas(array.get(i), where + "/" + i, found);
            }
        }
    }

    /** A property named as a time or a day is typed as one, so a generated client parses it (RFC 3339). */
    @Test
    void timesAndDaysDeclareTheirFormat() {
        Pattern timeOrDay = Pattern.compile("at|.*(At|Date|Confirmed|Confirmation)");
        List<String> checked = new ArrayList<>();
        document.getJsonObject("components").getJsonObject("schemas").forEach((name, schema) -> {
            JsonObject properties = schema.asJsonObject().getJsonObject("properties");
            if (properties == null) {
                return;
            }
            properties.forEach((property, value) -> {
                JsonObject declared = value.asJsonObject();
                if (timeOrDay.matcher(property).matches() && "string".equals(declared.getString("type", ""))) {
                    assertTrue(Set.of("date", "date-time").contains(declared.getString("format", "")),
                            name + "." + property + " " + declared);
                    checked.add(name + "." + property);
                }
            });
        });
        assertTrue(checked.containsAll(List.of("Provenance.recordedAt", "ImportAnswer.at", "Contract.startDate",
                "GrantLine.awardDate")), checked.toString());
        JsonObject imports = document.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("ImportAnswer").getJsonObject("properties");
        assertTrue(imports.getJsonObject("status").containsKey("enum"), imports.toString());
        assertTrue(imports.getJsonObject("format").containsKey("enum"), imports.toString());
    }

    @Test
    void theCallerSchemaNamesWhatTheEndpointAnswers() {
        JsonObject me = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Me");
        assertTrue(me.getJsonObject("properties").containsKey("isAuthenticated"), me.toString());
        assertTrue(me.getJsonObject("properties").containsKey("isModerator"), me.toString());
        assertFalse(me.getJsonObject("properties").containsKey("authenticated"), me.toString());
    }

    @Test
    void theHttpsServerComesFirstAndTheVersionIsTheRelease() {
        assertTrue(document.getJsonArray("servers").getJsonObject(0).getString("url").startsWith("https://"));
        document.getJsonArray("servers").forEach(server ->
                assertFalse(server.asJsonObject().getString("url").startsWith("http:"), server.toString()));
        assertTrue(document.getJsonObject("info").getString("version").matches("\\d+\\.\\d+\\.\\d+.*"),
                document.getJsonObject("info").toString());
    }

    @Test
    void theTranslationOfJavaPatternsKeepsWhatTheyAccept() {
        String multiline = OpenApiDocumentFilter.ecma("[^\\p{Cntrl}]*|(?s)[^\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F]*");
        assertTrue(Pattern.compile(multiline).matcher("two\nlines").matches());
        assertFalse(Pattern.compile(multiline).matcher("bell\u0007").matches());
        assertEquals("^(?:[a-z]+)$", OpenApiDocumentFilter.ecma("[a-z]+"));
    }
}
