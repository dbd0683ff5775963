package org.thirdsectoratlas.platform.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.thirdsectoratlas.shared.domain.PageRequest;

/** The page and size query parameters every list takes (use with @BeanParam). */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "0-based page number", example = "0",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000",
                    defaultValue = "0"))
    private String page;

    @QueryParam("size")
    @Parameter(description = "items per page, 1 to " + PageRequest.MAX_SIZE + " (default "
            + PageRequest.DEFAULT_SIZE + ")", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE))
    private String size;

    public PageParams() {
        // filled by JAX-RS
    }

    public PageParams(String page, String size) {
        this.page = page;
        this.size = size;
    }

    /** The checked request: a 400 naming page or size when either is unusable. */
    public PageRequest request() {
        return new PageRequest(Params.integer("page", page, 0, 0, 1_000_000),
                Params.integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }
}
