package org.thirdsectoratlas.imports.interfaces.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.imports.application.ImportService;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.rest.Problem;
import org.thirdsectoratlas.security.domain.Caller;

/** Imports (moderators): upload, poll, list, undo. docs/data-exchange.md "Import". */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import")
@SecurityRequirement(name = "bearer")
@RequestScoped
public class ImportResource {

    private static final String PROBLEM = Problem.MEDIA_TYPE;

    private ImportService imports;
    private Caller caller;

    protected ImportResource() {
        // for CDI proxies
    }

    @Inject
    public ImportResource(ImportService imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "startImport", summary = "Import a Kumu, 360Giving or Atlas CSV file (moderators)",
            description = "multipart/form-data with 'file' (at most 50 MB), 'format' (kumu | 360giving | atlas-csv), "
                    + "'dryRun' (true by default: nothing is written, the report is complete), 'tieStatus' "
                    + "(CLAIMED by default, or CONFIRMED for the whole import) and, for a Kumu CSV, 'sheet' "
                    + "(Elements | Connections; else the header decides). The import runs in the background: poll "
                    + "the Location.")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the import to poll",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportAnswer.class)))
    @APIResponse(responseCode = "400", description = "A form field is missing or not valid",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not a moderator or admin", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "413", description = "The file is larger than 50 MB",
            content = @Content(mediaType = PROBLEM))
    public Response start(List<EntityPart> parts) {
        InputStream file = null;
        String fileName = null;
        String format = null;
        String dryRun = null;
        String tieStatus = null;
        String sheet = null;
        try {
            for (EntityPart part : parts) {
                switch (part.getName()) {
                    case "file" -> {
                        file = part.getContent();
                        fileName = part.getFileName().orElse(null);
                    }
                    case "format" -> format = text(part);
                    case "dryRun" -> dryRun = text(part);
                    case "tieStatus" -> tieStatus = text(part);
                    case "sheet" -> sheet = text(part);
                    default -> {
                        // other fields are ignored, as query parameters are
                    }
                }
            }
            Boolean dry = dryRun == null || dryRun.isBlank() ? Boolean.TRUE : switch (dryRun.strip()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidParameterException("dryRun", "dryRun must be true or false.");
            };
            var job = imports.start(file, fileName, format, dry, tieStatus, sheet, caller);
            return Response.accepted(ImportAnswer.of(job)).location(URI.create("imports/" + job.id())).build();
        } catch (ImportService.TooLargeException e) {
            return Problem.of("too-large", "File too large", Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage())
                    .toResponse();
        }
    }

    private static String text(EntityPart part) {
        try {
            String value = part.getContent(String.class);
            return value.length() > 100 ? value.substring(0, 100) : value;
        } catch (java.io.IOException e) {
            throw new InvalidParameterException(part.getName(), "The field cannot be read.");
        }
    }

    @GET
    @Operation(operationId = "listImports", summary = "Imports, newest first (moderators)",
            description = "The imports this server has run since it started, newest first (at most 200); the change "
                    + "log keeps each real import's record for good.")
    @APIResponse(responseCode = "200", description = "The imports", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportAnswer[].class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not a moderator or admin", content = @Content(mediaType = PROBLEM))
    public List<ImportAnswer> list() {
        return imports.list(caller).stream().map(ImportAnswer::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getImport", summary = "An import's status, progress and report (moderators)",
            description = "status QUEUED, RUNNING, DONE or FAILED; progress {done, total} in writes; counts of what "
                    + "was (or, in a dry run, would be) created per label and relationship, updated, unchanged "
                    + "and skipped; row errors {sheet, row, column, value, message}; possible duplicates; the "
                    + "change id in the change log.")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportAnswer.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not a moderator or admin", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such import", content = @Content(mediaType = PROBLEM))
    public ImportAnswer get(@PathParam("id") String id) {
        return ImportAnswer.of(imports.get(Params.id("id", id), caller));
    }

    @POST
    @Path("{id}/undo")
    @Operation(operationId = "undoImport", summary = "Undo an import (moderators)",
            description = "Removes exactly what the import created and puts back what it updated, recorded as an "
                    + "UNDO change in the change log (the history is kept).")
    @APIResponse(responseCode = "200", description = "The import, with undoneWith naming the undo change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportAnswer.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not a moderator or admin", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such import", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Nothing to undo, already undone, or later changes to the same "
            + "organisations are in force", content = @Content(mediaType = PROBLEM))
    public ImportAnswer undo(@PathParam("id") String id) {
        return ImportAnswer.of(imports.undo(Params.id("id", id), caller));
    }
}
