package org.thirdsectoratlas.editing.interfaces.rest;

import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.editing.application.OrganisationEditing;
import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;

/** Undo (moderators): puts back the exact state before a change. */
@Path("changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editing")
@SecurityRequirement(name = "bearer")
@RequestScoped
public class ChangeResource {

    private OrganisationEditing editing;
    private Caller caller;

    protected ChangeResource() {
        // for CDI proxies
    }

    @Inject
    public ChangeResource(OrganisationEditing editing, Caller caller) {
        this.editing = editing;
        this.caller = caller;
    }

    @POST
    @Path("{changeId}/undo")
    @Operation(operationId = "undoChange", summary = "Undo a change (moderators): the latest change of its organisations, newest first",
            description = "Puts back the exact state before the change and records the undo as a change of its own. "
                    + "Only the latest change of each organisation it touched can be undone (undo newer ones "
                    + "first). Moderators only.")
    @APIResponse(responseCode = "200", description = "The undo, itself recorded as a change")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already undone, or later changes are in force")
    public Change undo(@Parameter(description = "the change's id (from a history)", schema = @Schema(ref = ApiDocs.ID)) @PathParam("changeId") String changeId) {
        return editing.undo(Params.id("changeId", changeId), caller);
    }
}
