package org.thirdsectoratlas.editing.domain;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * A network, consortium or contract as its editors see it: the writable fields ({@code details}: formality,
 * structure, value, dates, commissioner, deliveredBy), its ties with their status (members, partners and the
 * contract's parties; ties an organisation can confirm carry their tie id), the version If-Match names, and
 * provenance.
 */
@Schema(requiredProperties = {"id", "type", "name", "details", "ties", "retired", "version", "provenance"})
public record EditableGroup(String id, String type, String name, String description, Map<String, Object> details,
                            List<Tie> ties, boolean retired, long version, String recordedBy, Provenance provenance) {

    public String etag() {
        return "\"v" + version + "\"";
    }
}
