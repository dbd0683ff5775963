package org.thirdsectoratlas.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The published HSDS 3.0 schemas (src/test/resources/standards/hsds-3.0, CC BY-SA 4.0, see its LICENSE) as a
 * real JSON Schema validator (networknt, draft 2020-12, formats such as uuid and uri asserted): an organization
 * against organization.json, a list item against organization_list.json, and a list's paging fields against
 * the Page schema of HSDS's openapi.json.
 */
final class HsdsSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    static final Schema ORGANIZATION = REGISTRY.getSchema(resource("organization.json"));
    static final Schema LIST_ITEM = REGISTRY.getSchema(resource("organization_list.json"));
    static final Schema PAGE = REGISTRY.getSchema(Json.createReader(new java.io.StringReader(resource("openapi.json")))
            .readObject().getJsonObject("components").getJsonObject("schemas").getJsonObject("Page").toString());

    private HsdsSchemas() {
    }

    /** Every error of an organization against organization.json (empty = valid). */
    static List<String> organizationErrors(String json) {
        return messages(ORGANIZATION.validate(json, InputFormat.JSON));
    }

    /** Every error of a list: its paging fields against Page, each of its contents against organization_list.json. */
    static List<String> listErrors(JsonObject list) {
        List<String> errors = new ArrayList<>(messages(PAGE.validate(list.toString(), InputFormat.JSON)));
        for (JsonValue item : list.getJsonArray("contents")) {
            errors.addAll(messages(LIST_ITEM.validate(item.toString(), InputFormat.JSON)));
        }
        return errors;
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    private static String resource(String name) {
        try (InputStream in = HsdsSchemas.class.getResourceAsStream("/standards/hsds-3.0/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
