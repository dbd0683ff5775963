package org.thirdsectoratlas.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API's root and the declarations its operations share: the problem responses (named in {@link ApiDocs})
 * and the bearer scheme. The version, servers and document-wide rules are {@link OpenApiDocumentFilter}'s.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Third Sector Atlas API", version = "0.1",
        description = "Who works with whom in a city's third sector: organisations, networks, consortia, "
                + "and the ties of trust between them. Errors are RFC 9457 problem+json. Reads send open "
                + "CORS, Cache-Control: public, max-age=60 and a strong ETag (If-None-Match gives 304). Lists are "
                + "paged: the body's `links` and the `Link` header name the first, previous, next and last pages. "
                + "Every client has a quota (RateLimit and RateLimit-Policy headers; 429 with Retry-After beyond "
                + "it). Additive changes only within a major version; deprecations are announced in the document "
                + "(`deprecated: true`) and in docs/api.md a minor release before removal in the next major.",
        contact = @Contact(name = "Third Sector Atlas", url = "https://thirdsectoratlas.org")),
        components = @Components(
                schemas = {
                        @Schema(name = ApiDocs.ID, type = SchemaType.STRING, maxLength = 200,
                                pattern = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$",
                                description = "An id: a slug of letters, digits, '-', '_' and '.'",
                                example = "leeds-gate"),
                        @Schema(name = ApiDocs.SEARCH_TEXT, type = SchemaType.STRING, maxLength = 200,
                                description = "Search words (at least one letter or digit)",
                                example = "solidarity")},
                securitySchemes = @SecurityScheme(securitySchemeName = ApiDocs.BEARER, type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT",
                        description = "A signed JWT (RS256) from POST /api/auth/token or the configured OIDC provider, "
                                + "checked for issuer, audience and expiry as RFC8725 (JWT best current practices) "
                                + "advises. It expires: get a new one with the token endpoint."),
                responses = {
                        @APIResponse(name = ApiDocs.BAD_PARAMETER,
                                description = "A parameter is not usable; the problem's `parameter` names it",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.NOT_FOUND,
                                description = "Nothing of this kind has the id (or the caller may not see it)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.INVALID_FIELD,
                                description = "The body is not valid JSON or a field is not valid (the problem names it)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.UNAUTHORIZED,
                                description = "No valid bearer token (missing where required, expired, or not signed "
                                        + "by the issuer)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.FORBIDDEN,
                                description = "The token's holder may not do this (see the operation's description)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.CONFLICT,
                                description = "The graph's current state does not allow it (see the operation's "
                                        + "description)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.IF_MATCH_REQUIRED, description = "No If-Match header",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.TOO_LARGE, description = "The body is larger than the limit",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.UNSUPPORTED_MEDIA_TYPE,
                                description = "The body is not in a media type the operation takes",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.TOO_MANY_REQUESTS,
                                description = "Over this client's quota; Retry-After says when to try again",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.SERVER_ERROR,
                                description = "An unexpected failure; the problem carries no internals",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.UNAVAILABLE,
                                description = "The graph is unavailable or still loading; try again later",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.NOT_MODIFIED,
                                description = "If-None-Match named the current ETag; no body")}))
public class AtlasApi extends Application {
}
