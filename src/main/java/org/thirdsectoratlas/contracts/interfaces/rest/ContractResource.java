package org.thirdsectoratlas.contracts.interfaces.rest;

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
import org.thirdsectoratlas.contracts.application.ContractDirectory;
import org.thirdsectoratlas.contracts.domain.Contract;
import org.thirdsectoratlas.contracts.domain.ContractSummary;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.PageParams;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;

@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
@RequestScoped
public class ContractResource {

    private ContractDirectory directory;
    private Caller caller;

    protected ContractResource() {
        // for CDI proxies
    }

    @Inject
    public ContractResource(ContractDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listContracts", summary = "Contracts by name, with commissioner and how many consortia or organisations deliver each",
            description = "Contracts by title, each with its commissioner, value, period and how many deliver it; "
                    + "commissioner= keeps those one commissioner let.")
    @APIResponse(responseCode = "200", description = "A page of contracts with the total (may be empty)")
    public PagedList<ContractSummary> list(@Context UriInfo uri,
            @Parameter(description = "id of the commissioner that let the contract", example = "leeds-city-council", schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("commissioner") String commissioner,
            @BeanParam PageParams paging) {
        return PagedList.of(directory.list(Params.optionalId("commissioner", commissioner), paging.request(), caller.viewer()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getContract", summary = "One contract: value, dates, commissioner and who delivers it",
            description = "Who let the contract, its value and period, and who delivers it (a consortium or an "
                    + "organisation), each with its provenance.")
    @APIResponse(responseCode = "200", description = "The contract")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Contract get(
            @Parameter(description = "the contract's id (a slug)", schema = @Schema(ref = ApiDocs.ID))
            @PathParam("id") String id) {
        return directory.get(Params.id("id", id), caller.viewer());
    }
}
