package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The contract check ContractIT runs is strict in the ways the document promises: a required property that is
 * missing fails it, as does one the schema does not declare (the built document, no server).
 */
class ContractSchemasTest {

    private static final ContractSchemas SCHEMAS = new ContractSchemas(Path.of("target", "generated", "openapi.json"));

    private static final String ORGANISATION = """
            {"id": "leeds-gate", "name": "Leeds GATE", "aliases": [], "identifiers": [], "networks": [],
             "consortia": [], "programmes": [], "provenance": {"source": "RESEARCH",
             "recordedAt": "2026-12-02T17:14:33.193Z"}, "collaborations": [], "resources": [], "communities": [],
             "localities": [], "supportedBy": [], "supporting": [], "supportedByTotal": 0, "supportingTotal": 0,
             "grants": []}""";

    private static List<String> errors(String body) {
        return SCHEMAS.errors("GET", "/api/organisations/{id}", 200, "application/json", body);
    }

    @Test
    void anAnswerWithEveryRequiredPropertyHolds() {
        assertEquals(List.of(), errors(ORGANISATION));
    }

    @Test
    void anAnswerLackingARequiredPropertyFails() {
        List<String> errors = errors(ORGANISATION.replace("\"name\": \"Leeds GATE\", ", ""));
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("name"), errors.toString());
        assertFalse(errors(ORGANISATION.replace("\"source\": \"RESEARCH\",", "")).isEmpty(),
                "a nested required property counts too");
    }

    @Test
    void anOptionalPropertyMayBeAbsentButAnUndeclaredOneFails() {
        assertEquals(List.of(), errors(ORGANISATION.replace("{\"id\"", "{\"description\": \"A charity\", \"id\"")));
        assertFalse(errors(ORGANISATION.replace("{\"id\"", "{\"isCharity\": true, \"id\"")).isEmpty());
    }
}
