package org.thirdsectoratlas.editing.interfaces.rest;

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
    @Operation(summary = "Undo a change (moderators): the latest change of its organisations, newest first")
    @APIResponse(responseCode = "200", description = "The undo, itself recorded as a change")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "409", description = "Already undone, or later changes are in force")
    public Change undo(@PathParam("changeId") String changeId) {
        return editing.undo(Params.id("changeId", changeId), caller);
    }
}
