package org.thirdsectoratlas.communities.interfaces.rest;

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
import org.thirdsectoratlas.shared.domain.Page;

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
    @Operation(summary = "Communities by name, with the research survey's percentages and supporter counts")
    @APIResponse(responseCode = "200", description = "A page of communities with the total")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_PARAMETER)
    public Page<CommunitySummary> list(
            @Parameter(description = "true: only the research survey's community categories", example = "true")
            @QueryParam("survey") String survey,
            @BeanParam PageParams paging) {
        return directory.list(Params.bool("survey", survey, false), paging.request(), caller.viewer());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One community with the organisations and networks supporting it")
    @APIResponse(responseCode = "200", description = "The community")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_PARAMETER)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Community get(
            @Parameter(description = "the community's id (a slug)", example = "sex-workers")
            @PathParam("id") String id) {
        return directory.get(Params.id("id", id), caller.viewer());
    }
}
