package org.thirdsectoratlas.editing.interfaces.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.thirdsectoratlas.editing.application.OrganisationEditing;
import org.thirdsectoratlas.platform.rest.Params;

/** The page and size of a record's history (use with @BeanParam): pages of at most 100 changes. */
public class ChangesPage {

    @QueryParam("page")
    @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "0", maximum = "1000000", defaultValue = "0"))
    private String page;

    @QueryParam("size")
    @Parameter(description = "changes per page, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER,
            format = "int32", minimum = "1", maximum = "" + OrganisationEditing.MAX_PAGE_SIZE, defaultValue = "20"))
    private String size;

    public ChangesPage() {
        // filled by JAX-RS
    }

    /** The checked page number: a 400 naming page when it is unusable. */
    public int page() {
        return Params.integer("page", page, 0, 0, 1_000_000);
    }

    /** The checked page size: a 400 naming size when it is unusable. */
    public int size() {
        return Params.integer("size", size, 20, 1, OrganisationEditing.MAX_PAGE_SIZE);
    }
}
