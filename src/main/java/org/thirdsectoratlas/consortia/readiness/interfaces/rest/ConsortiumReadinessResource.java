package org.thirdsectoratlas.consortia.readiness.interfaces.rest;

import org.thirdsectoratlas.platform.rest.ApiDocs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.consortia.readiness.application.ConsortiumReadinessCheck;
import org.thirdsectoratlas.consortia.readiness.domain.ConsortiumReadiness;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.rest.Problem;
import org.thirdsectoratlas.security.domain.Caller;

@Path("consortia/{id}/readiness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consortia")
@RequestScoped
public class ConsortiumReadinessResource {

    private ConsortiumReadinessCheck check;
    private Caller caller;

    protected ConsortiumReadinessResource() {
        // for CDI proxies
    }

    @Inject
    public ConsortiumReadinessResource(ConsortiumReadinessCheck check, Caller caller) {
        this.check = check;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getConsortiumReadiness", summary = "The research's consortium-readiness checklist held against what the graph shows",
            description = "Each checklist item with an evidence key gets a status: MET (the graph shows it), "
                    + "NOT_SHOWN (the graph does not show it, which is not the same as 'no') or AT_RISK (the graph "
                    + "shows the opposite, or for a key risk that the risk applies, e.g. a lead partner carrying "
                    + "cash-flow risk), with the facts behind it. Items the graph cannot speak to are listed under "
                    + "toDiscuss. Computed on each request from a single read, from the facts the caller may see "
                    + "(privacy tiers).")
    @APIResponse(responseCode = "200", description = "The checklist with a status per item")
    @APIResponse(responseCode = "400", description = "The id is not a valid id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No consortium has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConsortiumReadiness readiness(
            @Parameter(description = "the consortium's id (a slug)", example = "advonet-consortium", schema = @Schema(ref = ApiDocs.ID))
            @PathParam("id") String id) {
        return check.of(Params.id("id", id), caller.viewer());
    }
}
