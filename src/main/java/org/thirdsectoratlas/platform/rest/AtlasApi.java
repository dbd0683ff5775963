package org.thirdsectoratlas.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Third Sector Atlas API", version = "0.1",
        description = "Who works with whom in a city's third sector: organisations, networks, consortia, "
                + "and the ties of trust between them. Errors are RFC 9457 problem+json. Reads send open "
                + "CORS, Cache-Control: public, max-age=60 and a strong ETag (If-None-Match gives 304)."),
        components = @Components(responses = {
                @APIResponse(name = ApiDocs.BAD_PARAMETER,
                        description = "A parameter is not usable; the problem's `parameter` names it",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocs.NOT_FOUND, description = "Nothing of this kind has the id",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocs.INVALID_FIELD, description = "A field is not valid (the problem names it)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocs.UNAUTHORIZED, description = "No valid bearer token",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocs.IF_MATCH_REQUIRED, description = "No If-Match header",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class)))}))
public class AtlasApi extends Application {
}
