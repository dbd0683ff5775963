package org.thirdsectoratlas.editing.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.thirdsectoratlas.editing.domain.EditConflictException;
import org.thirdsectoratlas.editing.domain.InvalidEditException;
import org.thirdsectoratlas.editing.domain.StaleVersionException;
import org.thirdsectoratlas.platform.rest.Problem;

/** 409 for conflicts with the data, 412 (with the current state and its ETag) for stale versions. */
public final class EditingProblems {

    private static final String TYPES = "https://thirdsectoratlas.org/problems/";

    private EditingProblems() {
    }

    /** A 412 problem that also carries the current state, so the client can merge and retry. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "current"})
    public record StaleVersionProblem(String type, String title, int status, String detail,
                                      Object current) {
    }

    @Provider
    public static class Conflict implements ExceptionMapper<EditConflictException> {
        @Override
        public Response toResponse(EditConflictException e) {
            return new Problem(TYPES + "conflict", "Conflict with '" + e.field() + "'",
                    Response.Status.CONFLICT.getStatusCode(), e.getMessage(), e.field()).toResponse();
        }
    }

    /** The same 400 as a bad request parameter: the field and why. */
    @Provider
    public static class Invalid implements ExceptionMapper<InvalidEditException> {
        @Override
        public Response toResponse(InvalidEditException e) {
            return Problem.badParameter(e.field(), e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class IfMatchMissing implements ExceptionMapper<IfMatch.Missing> {
        @Override
        public Response toResponse(IfMatch.Missing e) {
            return Problem.of("precondition-required", "If-Match required", Response.Status.PRECONDITION_REQUIRED,
                    e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<StaleVersionException> {
        @Override
        public Response toResponse(StaleVersionException e) {
            var problem = new StaleVersionProblem(TYPES + "stale-version", "It has changed since you read it",
                    Response.Status.PRECONDITION_FAILED.getStatusCode(), e.getMessage(), e.current());
            return Response.status(Response.Status.PRECONDITION_FAILED)
                    .type(MediaType.valueOf(Problem.MEDIA_TYPE))
                    .header(HttpHeaders.ETAG, e.etag())
                    .entity(problem).build();
        }
    }
}
