package org.thirdsectoratlas.insights.interfaces.rest;

import org.thirdsectoratlas.platform.rest.ApiDocs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.domain.Collaborations;
import org.thirdsectoratlas.insights.infrastructure.graph.Neo4jCollaborationRepository;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.rest.Problem;
import org.thirdsectoratlas.security.domain.Caller;

@Path("collaborations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
@RequestScoped
public class CollaborationResource {

    private CommissionerInsights insights;
    private Caller caller;

    protected CollaborationResource() {
        // for CDI proxies
    }

    @Inject
    public CollaborationResource(CommissionerInsights insights, Caller caller) {
        this.insights = insights;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getCollaborations", summary = "Which organisations work together for a community and/or in a locality, grouped by tie",
            description = "Needs community or locality (or both): a call with neither is 400 naming community. "
                    + "The organisations in scope follow the coverage rule (they SUPPORT the community; they "
                    + "OPERATE_IN the locality or a place within it, themselves or through a network). Groups: "
                    + "networks and consortia with an organisation in scope and at least two members (fellow members "
                    + "listed too, inScope=false), stated collaborations and shared resources involving one. At most "
                    + Neo4jCollaborationRepository.LIMIT + " groups of each tie and members per group; memberCount "
                    + "counts them all. Read live from the graph, through the organisations and ties the caller may see "
                    + "(privacy tiers).")
    @APIResponse(responseCode = "200", description = "The groups, by tie")
    @APIResponse(responseCode = "400", description = "Neither community nor locality given, or one is not a valid id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No community or locality has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Collaborations collaborations(
            @Parameter(description = "a Community id; community or locality (or both) is required", example = "gypsies-and-travellers", schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("community") String community,
            @Parameter(description = "a Locality id; community or locality (or both) is required", example = "leeds", schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("locality") String locality) {
        String communityId = Params.optionalId("community", community);
        String localityId = Params.optionalId("locality", locality);
        if (communityId == null && localityId == null) {
            throw new InvalidParameterException("community", "Give a community, a locality or both");
        }
        return insights.collaborations(communityId, localityId, caller.viewer());
    }
}
