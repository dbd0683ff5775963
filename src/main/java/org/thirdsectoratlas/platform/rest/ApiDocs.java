package org.thirdsectoratlas.platform.rest;

/**
 * Names of the problem responses declared once on {@link AtlasApi}; operations refer to them with
 * {@code @APIResponse(responseCode = "400", ref = ApiDocs.BAD_PARAMETER)} instead of repeating the schema.
 */
public final class ApiDocs {

    public static final String BAD_PARAMETER = "BadParameter";
    public static final String NOT_FOUND = "NotFound";

    private ApiDocs() {
    }
}
