package org.thirdsectoratlas.platform.rest;

/**
 * Names of the problem responses declared once on {@link AtlasApi}; operations refer to them with
 * {@code @APIResponse(responseCode = "400", ref = ApiDocs.BAD_PARAMETER)} instead of repeating the schema.
 */
public final class ApiDocs {

    public static final String BAD_PARAMETER = "BadParameter";
    public static final String NOT_FOUND = "NotFound";
    public static final String INVALID_FIELD = "InvalidField";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String IF_MATCH_REQUIRED = "IfMatchRequired";

    private ApiDocs() {
    }
}
