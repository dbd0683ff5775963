package org.thirdsectoratlas.exports.infrastructure.formats;

import java.io.OutputStream;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import org.thirdsectoratlas.exports.domain.ExportEdge;
import org.thirdsectoratlas.exports.domain.ExportNode;
import org.thirdsectoratlas.exports.domain.ExportWords;
import org.thirdsectoratlas.exports.domain.GraphSink;

/**
 * Kumu's JSON blueprint, {"elements": [...], "connections": [...]}, generated value by value (JSON-P
 * streaming). Elements carry Kumu's label, id, type, description and tags plus the Atlas's fields; connections
 * name their ends by element id.
 */
public final class KumuJsonWriter implements GraphSink {

    private final JsonGenerator json;

    public KumuJsonWriter(OutputStream out) {
        json = Json.createGenerator(out);
        json.writeStartObject();
        json.writeStartArray("elements");
    }

    @Override
    public void node(ExportNode n) {
        json.writeStartObject();
        json.write("id", n.id());
        json.write("label", n.label());
        json.write("type", ExportWords.elementType(n));
        optional("description", n.description());
        array("tags", KumuXlsxWriter.tags(n));
        optional("kind", n.kind());
        optional("formality", n.formality());
        optional("status", n.status());
        optional("size band", n.sizeBand());
        array("identifiers", n.identifiers());
        array("communities", n.communities());
        array("localities", n.localities());
        json.write("ties", n.degree());
        json.write("color", n.colour());
        json.writeEnd();
    }

    @Override
    public void nodesDone() {
        json.writeEnd();
        json.writeStartArray("connections");
    }

    @Override
    public void edge(ExportEdge e) {
        json.writeStartObject();
        json.write("from", e.source());
        json.write("to", e.target());
        json.write("type", ExportWords.connectionType(e.type()));
        optional("label", e.role());
        json.write("direction", e.directed() ? "directed" : "mutual");
        optional("formality", e.formality());
        optional("status", e.status());
        optional("last confirmed", e.lastConfirmed());
        optional("detail", e.detail());
        json.writeEnd();
    }

    @Override
    public void finish() {
        json.writeEnd();
        json.writeEnd();
        json.close();
    }

    private void optional(String name, String value) {
        if (value != null && !value.isEmpty()) {
            json.write(name, value);
        }
    }

    private void array(String name, List<String> values) {
        json.writeStartArray(name);
        values.forEach(json::write);
        json.writeEnd();
    }
}
