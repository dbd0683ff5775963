package org.thirdsectoratlas.imports.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.thirdsectoratlas.imports.domain.ImportUndoConflict;
import org.thirdsectoratlas.platform.rest.Problem;

/** An undo that cannot run: 409 problem+json saying why. */
@Provider
public class ImportUndoConflictMapper implements ExceptionMapper<ImportUndoConflict> {

    @Override
    public Response toResponse(ImportUndoConflict e) {
        return Problem.of("import-conflict", "Cannot undo this import", Response.Status.CONFLICT, e.getMessage())
                .toResponse();
    }
}
