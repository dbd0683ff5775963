package org.thirdsectoratlas.platform.rest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * The answers the document declares, as a real JSON Schema validator reads them (networknt, draft 2020-12, which
 * OpenAPI 3.1 schemas are written in, formats such as date-time and uri asserted). Strict: every object schema
 * is closed with {@code unevaluatedProperties: false}, so a property the document does not declare is an error.
 */
final class ContractSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final JsonObject document;
    private final JsonObject closedComponents;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    ContractSchemas(Path openApi) {
        try (Reader reader = Files.newBufferedReader(openApi)) {
            document = Json.createReader(reader).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        closedComponents = Json.createObjectBuilder()
                .add("schemas", close(document.getJsonObject("components").getJsonObject("schemas"))).build();
    }

    /** Every object schema closed against undeclared properties. */
    private static JsonValue close(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder copy = Json.createObjectBuilder();
            object.forEach((key, child) -> copy.add(key, key.equals("examples") || key.equals("example") ? child
                    : close(child)));
            if (object.containsKey("properties") && !object.containsKey("additionalProperties")
                    && !object.containsKey("unevaluatedProperties")) {
                copy.add("unevaluatedProperties", false);
            }
            return copy.build();
        }
        if (value instanceof jakarta.json.JsonArray array) {
            var copy = Json.createArrayBuilder();
            array.forEach(child -> copy.add(close(child)));
            return copy.build();
        }
        return value;
    }

    /** The errors of an answer against what the operation declares for this status (empty: it holds). */
    List<String> errors(String method, String path, int status, String mediaType, String body) {
        String key = method + ' ' + path + ' ' + status + ' ' + mediaType;
        Schema schema = schemas.computeIfAbsent(key, k -> compile(method, path, status, mediaType));
        List<Error> errors = schema.validate(body, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    private Schema compile(String method, String path, int status, String mediaType) {
        JsonObject operation = document.getJsonObject("paths").getJsonObject(path)
                .getJsonObject(method.toLowerCase());
        if (operation == null) {
            throw new AssertionError("the document has no " + method + " " + path);
        }
        JsonObject response = operation.getJsonObject("responses").getJsonObject(Integer.toString(status));
        if (response == null) {
            throw new AssertionError(method + " " + path + " does not declare " + status);
        }
        if (response.containsKey("$ref")) {
            String name = response.getString("$ref").replace("#/components/responses/", "");
            response = document.getJsonObject("components").getJsonObject("responses").getJsonObject(name);
        }
        JsonObject content = response.getJsonObject("content");
        if (content == null || !content.containsKey(mediaType)) {
            throw new AssertionError(method + " " + path + " " + status + " does not declare " + mediaType);
        }
        JsonObject declared = (JsonObject) close(content.getJsonObject(mediaType).getJsonObject("schema"));
        JsonObjectBuilder root = Json.createObjectBuilder(declared)
                .add("$schema", "https://json-schema.org/draft/2020-12/schema")
                .add("components", closedComponents);
        return REGISTRY.getSchema(root.build().toString(), InputFormat.JSON);
    }
}
