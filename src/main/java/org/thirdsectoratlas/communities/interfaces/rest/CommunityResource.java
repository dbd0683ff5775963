package org.thirdsectoratlas.communities.interfaces.rest;

import org.thirdsectoratlas.platform.rest.PagedList;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.communities.application.CommunityDirectory;
import org.thirdsectoratlas.communities.domain.Community;
import org.thirdsectoratlas.communities.domain.CommunitySummary;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.PageParams;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;

@Path("communities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communities")
@RequestScoped
public class CommunityResource {

    private CommunityDirectory directory;
    private Caller caller;

    protected CommunityResource() {
        // for CDI proxies
    }

    @Inject
    public CommunityResource(CommunityDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listCommunities", summary = "Communities by name, with the research survey's percentages and supporter counts",
            description = "Communities of identity and experience by name, each with how many organisations and "
                    + "networks support it and, for the communities the research's survey asked about, the "
                    + "survey's percentages. survey=true keeps only those.")
    @APIResponse(responseCode = "200", description = "A page of communities with the total")
    public PagedList<CommunitySummary> list(@Context UriInfo uri,
            @Parameter(description = "true: only the research survey's community categories", example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("survey") String survey,
            @BeanParam PageParams paging) {
        return PagedList.of(directory.list(Params.bool("survey", survey, false), paging.request(), caller.viewer()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCommunity", summary = "One community with the organisations and networks supporting it",
            description = "The community with the survey's figures when it has them, the organisations and networks "
                    + "that support it and the places they work, each with its provenance. Facts the caller may "
                    + "not see are absent.")
    @APIResponse(responseCode = "200", description = "The community")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Community get(
            @Parameter(description = "the community's id (a slug)", example = "sex-workers", schema = @Schema(ref = ApiDocs.ID))
            @PathParam("id") String id) {
        return directory.get(Params.id("id", id), caller.viewer());
    }
}
