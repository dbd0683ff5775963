package org.thirdsectoratlas.editing.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Provenance;

/**
 * An organisation as its editors see it: the writable fields, its privacy tier, whether it is retired
 * (and into which organisation it was merged), the version that If-Match must name, and provenance.
 */
@Schema(requiredProperties = {"id", "name", "identifiers", "communities", "localities", "visibility", "retired", "version", "provenance"})
public record EditableOrganisation(String id, String name, String kind, String description,
                                   List<String> identifiers, String website, String sizeBand,
                                   List<String> communities, List<String> localities, String visibility,
                                   boolean retired, String mergedInto, long version, String recordedBy,
                                   Provenance provenance) {

    /** The strong entity tag of this version. */
    public String etag() {
        return "\"v" + version + "\"";
    }
}
