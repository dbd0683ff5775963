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

    @Provider
    public static class GraphUnavailable implements ExceptionMapper<ServiceUnavailableException> {
        @Override
        public Response toResponse(ServiceUnavailableException e) {
            LOG.log(Level.WARNING, "Graph unavailable", e);
            return Problem.of("graph-unavailable", "The graph is unavailable", Response.Status.SERVICE_UNAVAILABLE,
                    "The graph database cannot be reached just now; try again shortly.").toResponse();
        }
    }

    @Provider
    public static class GraphSessionExpired implements ExceptionMapper<SessionExpiredException> {
        @Override
        public Response toResponse(SessionExpiredException e) {
            return new GraphUnavailable().toResponse(new ServiceUnavailableException(e.getMessage(), e));
        }
    }

    /** 404s for unknown paths, 405s, 406s... keep their status but speak problem+json. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    e.getMessage(), null).toResponse();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            LOG.log(Level.SEVERE, "Unexpected failure", e);
            return Problem.of("internal-error", "Something went wrong on our side",
                    Response.Status.INTERNAL_SERVER_ERROR,
                    "The failure has been logged. Please try again or report it.").toResponse();
        }
    }
}
