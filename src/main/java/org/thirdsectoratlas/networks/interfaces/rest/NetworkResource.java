package org.thirdsectoratlas.networks.interfaces.rest;

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
import org.thirdsectoratlas.networks.application.NetworkDirectory;
import org.thirdsectoratlas.networks.domain.Network;
import org.thirdsectoratlas.networks.domain.NetworkFilter;
import org.thirdsectoratlas.networks.domain.NetworkSummary;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.PageParams;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.Formality;

@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks")
@RequestScoped
public class NetworkResource {

    private NetworkDirectory directory;
    private Caller caller;

    protected NetworkResource() {
        // for CDI proxies
    }

    @Inject
    public NetworkResource(NetworkDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listNetworks", summary = "Search and filter networks",
            description = "By relevance when q is given, otherwise by name; each line counts the members.")
    @APIResponse(responseCode = "200", description = "A page of networks with the total")
    public PagedList<NetworkSummary> list(@Context UriInfo uri,
            @Parameter(description = "search words over names, aliases and descriptions", example = "solidarity", schema = @Schema(ref = ApiDocs.SEARCH_TEXT))
            @QueryParam("q") String q,
            @Parameter(description = "only networks of this formality (Third Sector Trends categories)",
                    example = "FORMAL", schema = @Schema(implementation = Formality.class)) @QueryParam("formality") String formality,
            @Parameter(description = "id of a community the network supports", example = "sex-workers",
                    schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("community") String community,
            @Parameter(description = "id of a locality the network works in (or within)", example = "leeds", schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("locality") String locality,
            @BeanParam PageParams paging) {
        var filter = new NetworkFilter(Params.searchText("q", q), Params.choice("formality", formality,
                Formality.class), Params.optionalId("community", community), Params.optionalId("locality", locality));
        return PagedList.of(directory.list(filter, paging.request(), caller.viewer()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNetwork", summary = "One network with its members, supporters, funders, communities, places and resources",
            description = "The network's members, supporters, funders, communities, places and shared resources, "
                    + "each with its provenance. Facts the caller may not see are absent; a hidden network is "
                    + "404.")
    @APIResponse(responseCode = "200", description = "The network")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Network get(
            @Parameter(description = "the network's id (a slug)", example = "leeds-solidarity-network", schema = @Schema(ref = ApiDocs.ID))
            @PathParam("id") String id) {
        return directory.get(Params.id("id", id), caller.viewer());
    }
}
