package org.thirdsectoratlas.platform.rest;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/** Turns every failure into problem+json: clear words for the caller, the stack trace only in the log. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class UnknownId implements ExceptionMapper<UnknownIdException> {
        @Override
        public Response toResponse(UnknownIdException e) {
            return Problem.of("not-found", "Unknown " + e.kind(), Response.Status.NOT_FOUND, e.getMessage())
                    .toResponse();
        }
    }

    @Provider
    public static class InvalidParameter implements ExceptionMapper<InvalidParameterException> {
        @Override
        public Response toResponse(InvalidParameterException e) {
            return Problem.badParameter(e.parameter(), e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class ConstraintViolation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            var violation = e.getConstraintViolations().stream().findFirst();
            String path = violation.map(v -> v.getPropertyPath().toString()).orElse("request");
            String parameter = path.substring(path.lastIndexOf('.') + 1);
            return Problem.badParameter(parameter, violation.map(v -> parameter + " " + v.getMessage())
                    .orElse("The request is not valid")).toResponse();
        }
    }

    /** A request body that is empty or not JSON of the expected shape (JSON-B fails before any resource runs). */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<jakarta.json.bind.JsonbException> {
        @Override
        public Response toResponse(jakarta.json.bind.JsonbException e) {
            return Problem.badParameter("body", "The request body must be a JSON object of the documented shape")
                    .toResponse();
        }
    }

    /** Seconds a client is asked to wait before trying again while the graph is unreachable. */
    public static final int RETRY_AFTER_SECONDS = 2;

    /**
     * The graph cannot be reached (down, restarting, a cluster without a leader): 503 with Retry-After. Logged in
     * one line without the stack trace: during an outage every request ends here, and readiness says the same.
     */
    @Provider
    public static class GraphUnavailable implements ExceptionMapper<ServiceUnavailableException> {
        @Override
        public Response toResponse(ServiceUnavailableException e) {
            return unavailable(e);
        }
    }

    static Response unavailable(Throwable e) {
        LOG.log(Level.FINE, "Graph unavailable: {0}", e.getClass().getSimpleName());
        Problem problem = Problem.of("graph-unavailable", "The graph is unavailable",
                Response.Status.SERVICE_UNAVAILABLE,
                "The graph database cannot be reached just now; try again in a few seconds.");
        return Response.fromResponse(problem.toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** True when the failure, or one it wraps, says the graph cannot be reached. */
    public static boolean graphUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
                    || t instanceof org.neo4j.driver.exceptions.ConnectionReadTimeoutException) {
                return true;
            }
            if (t instanceof org.neo4j.driver.exceptions.TransientException unavailable
                    && unavailable.code() != null && unavailable.code().contains("DatabaseUnavailable")) {
                return true;
            }
        }
        return false;
    }

    @Provider
    public static class GraphSessionExpired implements ExceptionMapper<SessionExpiredException> {
        @Override
        public Response toResponse(SessionExpiredException e) {
            return unavailable(e);
        }
    }

    /**
     * 404s for unknown paths, 405s, 406s, 415s... keep their status but speak problem+json. The detail is ours:
     * the container's message may quote the request (a media type, a path) and carries its own error codes.
     * Routine refusals are not logged.
     */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return ContainerProblems.of(status.getStatusCode()).toResponse();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (graphUnavailable(e)) {
                return unavailable(e);
            }
            if (e instanceof org.neo4j.driver.exceptions.ClientException client && client.code() != null
                    && client.code().contains("InvalidBookmark")) {
                return Problem.badParameter(BookmarkFilter.HEADER, "The bookmark is not one this graph gave; send "
                        + "the " + BookmarkFilter.HEADER + " value of a write's answer unchanged.").toResponse();
            }
            // Bounded: the message may quote the request (a header, a parameter).
            LOG.log(Level.SEVERE, "Unexpected failure: {0}", LogText.failure(e));
            return Problem.of("internal-error", "Something went wrong on our side",
                    Response.Status.INTERNAL_SERVER_ERROR,
                    "The failure has been logged. Please try again or report it.").toResponse();
        }
    }
}
