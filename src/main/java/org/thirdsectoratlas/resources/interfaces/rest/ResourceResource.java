package org.thirdsectoratlas.resources.interfaces.rest;

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
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.PageParams;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.resources.application.ResourceDirectory;
import org.thirdsectoratlas.resources.domain.Resource;
import org.thirdsectoratlas.resources.domain.ResourceKind;
import org.thirdsectoratlas.resources.domain.ResourceSummary;

/** Shared resources (premises, staff, training, translation...); the class name follows XxxResource. */
@Path("resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resources")
@RequestScoped
public class ResourceResource {

    private ResourceDirectory directory;
    private Caller caller;

    protected ResourceResource() {
        // for CDI proxies
    }

    @Inject
    public ResourceResource(ResourceDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listResources", summary = "Shared resources by name, with how many organisations and networks share each",
            description = "Shared resources (buildings, equipment, staff, data) by name, with how many organisations "
                    + "share each; kind= keeps one kind.")
    @APIResponse(responseCode = "200", description = "A page of resources with the total")
    public PagedList<ResourceSummary> list(@Context UriInfo uri,
            @Parameter(description = "only resources of this kind", example = "PREMISES", schema = @Schema(implementation = ResourceKind.class)) @QueryParam("kind") String kind,
            @BeanParam PageParams paging) {
        return PagedList.of(directory.list(Params.choice("kind", kind, ResourceKind.class), paging.request(), caller.viewer()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getResource", summary = "One shared resource and who shares it",
            description = "The resource and who shares it, each with its provenance.")
    @APIResponse(responseCode = "200", description = "The resource")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Resource get(
            @Parameter(description = "the resource's id (a slug)", example = "orion-partnership-physical-space", schema = @Schema(ref = ApiDocs.ID))
            @PathParam("id") String id) {
        return directory.get(Params.id("id", id), caller.viewer());
    }
}
