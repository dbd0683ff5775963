package org.thirdsectoratlas.consortia.interfaces.rest;

import org.thirdsectoratlas.platform.rest.PagedList;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
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
import org.thirdsectoratlas.consortia.application.ConsortiumDirectory;
import org.thirdsectoratlas.consortia.domain.Consortium;
import org.thirdsectoratlas.consortia.domain.ConsortiumFilter;
import org.thirdsectoratlas.consortia.domain.ConsortiumStructure;
import org.thirdsectoratlas.consortia.domain.ConsortiumSummary;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.PageParams;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;

@Path("consortia")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consortia")
@RequestScoped
public class ConsortiumResource {

    private ConsortiumDirectory directory;
    private Caller caller;

    protected ConsortiumResource() {
        // for CDI proxies
    }

    @Inject
    public ConsortiumResource(ConsortiumDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listConsortia", summary = "Search and filter consortia",
            description = "Each line has the structure, the number of partners, the lead partner and contracts.")
    @APIResponse(responseCode = "200", description = "A page of consortia with the total")
    public PagedList<ConsortiumSummary> list(@Context UriInfo uri,
            @Parameter(description = "search words over names, aliases and descriptions", example = "advonet", schema = @Schema(ref = ApiDocs.SEARCH_TEXT))
            @QueryParam("q") String q,
            @Parameter(description = "only consortia of this structure", example = "LEAD_PARTNER", schema = @Schema(implementation = ConsortiumStructure.class))
            @QueryParam("structure") String structure,
            @Parameter(description = "id of an organisation that is a partner", example = "age-uk-leeds", schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("partner") String partner,
            @BeanParam PageParams paging) {
        var filter = new ConsortiumFilter(Params.searchText("q", q),
                Params.choice("structure", structure, ConsortiumStructure.class), Params.optionalId("partner", partner));
        return PagedList.of(directory.list(filter, paging.request(), caller.viewer()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getConsortium", summary = "One consortium: structure, partners with their roles, lead partner and contracts",
            description = "The consortium's structure, lead, partners with their roles, contracts it delivers, the "
                    + "communities and places it covers, and sources. Facts the caller may not see are absent; a "
                    + "hidden consortium is 404.")
    @APIResponse(responseCode = "200", description = "The consortium")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Consortium get(
            @Parameter(description = "the consortium's id (a slug)", example = "advonet-consortium", schema = @Schema(ref = ApiDocs.ID))
            @PathParam("id") String id) {
        return directory.get(Params.id("id", id), caller.viewer());
    }
}
