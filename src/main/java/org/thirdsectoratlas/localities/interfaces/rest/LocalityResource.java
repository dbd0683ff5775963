package org.thirdsectoratlas.localities.interfaces.rest;

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
import org.thirdsectoratlas.localities.application.LocalityDirectory;
import org.thirdsectoratlas.localities.domain.Locality;
import org.thirdsectoratlas.localities.domain.LocalityKind;
import org.thirdsectoratlas.localities.domain.LocalitySummary;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.PageParams;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;

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
    @Operation(operationId = "listLocalities", summary = "Localities by name, with how many organisations and networks work in each",
            description = "Localities by name (cities, districts, wards, regions), each with how many organisations "
                    + "and networks work in it; kind= keeps one kind.")
    @APIResponse(responseCode = "200", description = "A page of localities with the total")
    public PagedList<LocalitySummary> list(@Context UriInfo uri,
            @Parameter(description = "only localities of this kind", example = "CITY", schema = @Schema(implementation = LocalityKind.class)) @QueryParam("kind") String kind,
            @BeanParam PageParams paging) {
        return PagedList.of(directory.list(Params.choice("kind", kind, LocalityKind.class), paging.request(), caller.viewer()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getLocality", summary = "One locality: where it sits, the places within it, who works there",
            description = "Where the locality sits, the places within it, and the organisations and networks that "
                    + "work there, each with its provenance.")
    @APIResponse(responseCode = "200", description = "The locality")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Locality get(
            @Parameter(description = "the locality's id (a slug)", example = "leeds", schema = @Schema(ref = ApiDocs.ID)) @PathParam("id") String id) {
        return directory.get(Params.id("id", id), caller.viewer());
    }
}
