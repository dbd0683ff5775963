package org.thirdsectoratlas.localities.interfaces.rest;

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
import org.thirdsectoratlas.localities.application.LocalityDirectory;
import org.thirdsectoratlas.localities.domain.Locality;
import org.thirdsectoratlas.localities.domain.LocalityKind;
import org.thirdsectoratlas.localities.domain.LocalitySummary;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.PageParams;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.Page;

@Path("localities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Localities")
@RequestScoped
public class LocalityResource {

    private LocalityDirectory directory;
    private Caller caller;

    protected LocalityResource() {
        // for CDI proxies
    }

    @Inject
    public LocalityResource(LocalityDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Localities by name, with how many organisations and networks work in each")
    @APIResponse(responseCode = "200", description = "A page of localities with the total")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_PARAMETER)
    public Page<LocalitySummary> list(
            @Parameter(description = "only localities of this kind", example = "CITY") @QueryParam("kind") String kind,
            @BeanParam PageParams paging) {
        return directory.list(Params.choice("kind", kind, LocalityKind.class), paging.request(), caller.viewer());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One locality: where it sits, the places within it, who works there")
    @APIResponse(responseCode = "200", description = "The locality")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_PARAMETER)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Locality get(
            @Parameter(description = "the locality's id (a slug)", example = "leeds") @PathParam("id") String id) {
        return directory.get(Params.id("id", id), caller.viewer());
    }
}
