package org.thirdsectoratlas.editing.infrastructure.graph;

import java.util.Map;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.thirdsectoratlas.shared.infrastructure.GraphValues;

/** Driver values as JSON (date-times as RFC 3339 text), for the before/after of a change. */
final class GraphJson {

    private GraphJson() {
    }

    static JsonObject object(Value map) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        Map<String, Value> sorted = new TreeMap<>(map.asMap(v -> v));
        sorted.forEach((key, value) -> builder.add(key, json(value)));
        return builder.build();
    }

    static JsonValue json(Value value) {
        var type = TypeSystem.getDefault();
        if (value.isNull()) {
            return JsonValue.NULL;
        }
        if (value.hasType(type.MAP()) || value.hasType(type.NODE()) || value.hasType(type.RELATIONSHIP())) {
            return object(value);
        }
        if (value.hasType(type.LIST())) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            value.values().forEach(v -> array.add(json(v)));
            return array.build();
        }
        if (value.hasType(type.BOOLEAN())) {
            return value.asBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value.hasType(type.INTEGER())) {
            return Json.createValue(value.asLong());
        }
        if (value.hasType(type.FLOAT())) {
            return Json.createValue(value.asDouble());
        }
        return Json.createValue(GraphValues.text(value));
    }

    static JsonObject parse(String text) {
        try (var reader = Json.createReader(new java.io.StringReader(text))) {
            return reader.readObject();
        }
    }
}
