package org.thirdsectoratlas.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail; the only shape errors leave the API in. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "parameter"})
@Schema(requiredProperties = {"type", "title", "status"})
public record Problem(String type, String title, int status, String detail, String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://thirdsectoratlas.org/problems/";

    public static Problem of(String slug, String title, Response.Status status, String detail) {
        return of(slug, title, status.getStatusCode(), detail);
    }

    /** For the statuses {@link Response.Status} does not name (422). */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPES + slug, title, status, detail, null);
    }

    public static Problem badParameter(String parameter, String detail) {
        return new Problem(TYPES + "invalid-parameter", "Invalid parameter '" + parameter + "'",
                Response.Status.BAD_REQUEST.getStatusCode(), detail, parameter);
    }

    /** The same problem, naming the parameter (or header) it is about. */
    public Problem about(String parameterName) {
        return new Problem(type, title, status, detail, parameterName);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
