package org.thirdsectoratlas.editing.interfaces.rest;

import java.net.URI;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.editing.application.TieEditing;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.editing.domain.TieClaim;
import org.thirdsectoratlas.editing.domain.TieTransition;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;

/** Ties between organisations (collaboration), to networks (membership) and resources (sharing). */
@Path("ties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editing")
@RequestScoped
public class TieResource {

    private TieEditing ties;
    private Caller caller;

    protected TieResource() {
        // for CDI proxies
    }

    @Inject
    public TieResource(TieEditing ties, Caller caller) {
        this.ties = ties;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record a tie from your organisation; it stays CLAIMED until the other side confirms")
    @APIResponse(responseCode = "201", description = "Claimed")
    @APIResponse(responseCode = "400", description = "A field is not valid")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a member of the 'from' organisation nor a moderator")
    @APIResponse(responseCode = "409", description = "The tie is already recorded")
    public Response claim(@Valid @NotNull TieClaim claim) {
        Tie tie = ties.claim(claim, caller);
        return Response.created(URI.create("ties/" + tie.id())).entity(tie).build();
    }

    @GET
    @Path("{tieId}")
    @Operation(summary = "A tie and its status (CLAIMED, CONFIRMED, WITHDRAWN)")
    @APIResponse(responseCode = "200", description = "The tie")
    @APIResponse(responseCode = "404", description = "No such tie, or it is not visible to you")
    public Tie get(@PathParam("tieId") String tieId) {
        return ties.get(Params.id("tieId", tieId), caller);
    }

    @POST
    @Path("{tieId}/{transition: confirm|withdraw}")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Confirm a claimed tie (the other side's members or a moderator) or withdraw a tie "
            + "(either side's members or a moderator; it is kept for history)")
    @APIResponse(responseCode = "200", description = "The tie, CONFIRMED or WITHDRAWN")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Confirm: not the other side nor a moderator; "
            + "withdraw: neither side nor a moderator")
    @APIResponse(responseCode = "404", description = "No such tie, or it is not visible to you")
    @APIResponse(responseCode = "409", description = "The tie's status does not allow it (confirm needs CLAIMED)")
    public Tie transition(@PathParam("tieId") String tieId,
                          @Parameter(schema = @Schema(enumeration = {"confirm", "withdraw"}))
                          @PathParam("transition") String transition) {
        return ties.transition(Params.id("tieId", tieId), TieTransition.valueOf(transition.toUpperCase(Locale.ROOT)),
                caller);
    }
}
