package org.thirdsectoratlas.platform.rest;

/**
 * Names of the problem responses declared once on {@link AtlasApi}; operations refer to them with
 * {@code @APIResponse(responseCode = "400", ref = ApiDocs.BAD_PARAMETER)} instead of repeating the schema.
 * 400 (for an operation with input), 401, 429, 500 and 503 are added to every operation by
 * {@link OpenApiDocumentFilter}; an operation declares the others it can give.
 */
public final class ApiDocs {

    public static final String BAD_PARAMETER = "BadParameter";
    public static final String NOT_FOUND = "NotFound";
    public static final String INVALID_FIELD = "InvalidField";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String CONFLICT = "Conflict";
    public static final String IF_MATCH_REQUIRED = "IfMatchRequired";
    public static final String TOO_LARGE = "TooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String SERVER_ERROR = "ServerError";
    public static final String UNAVAILABLE = "Unavailable";
    public static final String NOT_MODIFIED = "NotModified";

    /** Shared parameter schemas (AtlasApi's components). */
    public static final String ID = "Id";
    public static final String SEARCH_TEXT = "SearchText";

    /** The security scheme's name. */
    public static final String BEARER = "bearer";

    private ApiDocs() {
    }
}
