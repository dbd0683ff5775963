package org.thirdsectoratlas.editing.interfaces.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.Params;

/** What a replacing write names (use with @BeanParam): the record's id and, in If-Match, the version edited. */
public class EditedVersion {

    @PathParam("id")
    @Parameter(description = "the id", schema = @Schema(ref = ApiDocs.ID))
    private String id;

    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(description = "the ETag of the version edited, e.g. \"v3\"",
            schema = @Schema(type = SchemaType.STRING, maxLength = 30, pattern = IfMatch.PATTERN))
    private String ifMatch;

    public EditedVersion() {
        // filled by JAX-RS
    }

    /** The checked id: a 400 naming id when it is not one. */
    public String id() {
        return Params.id("id", id);
    }

    /** The version If-Match names: a 428 when it is missing. */
    public long version() {
        return IfMatch.required(ifMatch);
    }
}
