package org.thirdsectoratlas.editing.interfaces.rest;

import java.net.URI;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.editing.application.TieEditing;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.editing.domain.TieClaim;
import org.thirdsectoratlas.editing.domain.TieTransition;
import org.thirdsectoratlas.platform.rest.ApiDocs;
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
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "createTie", summary = "Record a tie from your organisation; it stays CLAIMED until the other side confirms",
            description = "A collaboration with another organisation, membership of a network or sharing a resource, "
                    + "from an organisation you are a member of (moderators: any). It is CLAIMED until the other "
                    + "side confirms.")
    @APIResponse(responseCode = "201", description = "Claimed; Location names the tie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Tie.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.INVALID_FIELD)
    @APIResponse(responseCode = "403", description = "Not a member of the 'from' organisation nor a moderator")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The tie is already recorded")
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response claim(@Valid @NotNull TieClaim claim) {
        Tie tie = ties.claim(claim, caller);
        return Response.created(URI.create("ties/" + tie.id())).entity(tie).build();
    }

    @GET
    @Path("{tieId}")
    @Operation(operationId = "getTie", summary = "A tie and its status (CLAIMED, CONFIRMED, WITHDRAWN)",
            description = "The tie's two ends, kind, detail, status and when each step happened. Only ties the "
                    + "caller may see.")
    @APIResponse(responseCode = "200", description = "The tie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Tie.class)))
    @APIResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Tie get(@Parameter(description = "the tie's id", schema = @Schema(ref = ApiDocs.ID))
                   @PathParam("tieId") String tieId) {
        return ties.get(Params.id("tieId", tieId), caller);
    }

    @POST
    @Path("{tieId}/confirm")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "confirmTie", summary = "Confirm a claimed tie",
            description = "The other side's members (or a moderator) confirm a CLAIMED tie; it then counts as "
                    + "confirmed in pathways and pages.")
    @APIResponse(responseCode = "200", description = "The tie, CONFIRMED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Tie.class)))
    @APIResponse(responseCode = "403", description = "Not a member of the other side nor a moderator")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The tie is not CLAIMED")
    public Tie confirm(@Parameter(description = "the tie's id", schema = @Schema(ref = ApiDocs.ID))
                       @PathParam("tieId") String tieId) {
        return ties.transition(Params.id("tieId", tieId), TieTransition.CONFIRM, caller);
    }

    @POST
    @Path("{tieId}/withdraw")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "withdrawTie", summary = "Withdraw a tie",
            description = "Either side's members (or a moderator) withdraw a tie; it is kept, WITHDRAWN, for "
                    + "history and no longer counts.")
    @APIResponse(responseCode = "200", description = "The tie, WITHDRAWN",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Tie.class)))
    @APIResponse(responseCode = "403", description = "A member of neither side nor a moderator")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The tie is already WITHDRAWN")
    public Tie withdraw(@Parameter(description = "the tie's id", schema = @Schema(ref = ApiDocs.ID))
                        @PathParam("tieId") String tieId) {
        return ties.transition(Params.id("tieId", tieId), TieTransition.WITHDRAW, caller);
    }
}
