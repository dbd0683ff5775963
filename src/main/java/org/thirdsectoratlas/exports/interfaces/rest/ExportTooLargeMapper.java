package org.thirdsectoratlas.exports.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.thirdsectoratlas.exports.domain.ExportTooLargeException;
import org.thirdsectoratlas.platform.rest.Problem;

/** A view too big for the chosen format: 400 problem+json naming {@code format}, with what to do instead. */
@Provider
public class ExportTooLargeMapper implements ExceptionMapper<ExportTooLargeException> {

    @Override
    public Response toResponse(ExportTooLargeException e) {
        return Problem.badParameter("format", e.getMessage()).toResponse();
    }
}
