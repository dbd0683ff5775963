package org.thirdsectoratlas.platform.rest;

import jakarta.ws.rs.core.Response;

/**
 * The problem for a request the container refused before any resource ran: an unknown address, a method or
 * media type the address does not take, a malformed request. Fixed words per status, never the request's own
 * text, so a hostile header or path is neither echoed nor logged.
 */
public final class ContainerProblems {

    private ContainerProblems() {
    }

    public static Problem of(int status) {
        return switch (status) {
            case 400 -> Problem.of("bad-request", "Bad request", Response.Status.BAD_REQUEST,
                    "The request could not be read: check its address, headers and body.");
            case 404 -> Problem.of("not-found", "Not found", Response.Status.NOT_FOUND,
                    "Nothing is served at this address; the API is described at /openapi.");
            case 405 -> Problem.of("method-not-allowed", "Method not allowed", Response.Status.METHOD_NOT_ALLOWED,
                    "This address does not take that method; the API is described at /openapi.");
            case 406 -> Problem.of("not-acceptable", "Not acceptable", Response.Status.NOT_ACCEPTABLE,
                    "This address answers application/json (errors as application/problem+json); "
                            + "send an Accept header that allows it.");
            case 415 -> Problem.of("unsupported-media-type", "Unsupported media type",
                    Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as application/json (or as the operation documents at /openapi).");
            case 501 -> Problem.of("method-not-allowed", "Method not implemented", 501,
                    "This server does not take that method; the API is described at /openapi.");
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                String title = known == null ? "Request refused" : known.getReasonPhrase();
                yield new Problem("about:blank", title, status, title, null);
            }
        };
    }
}
