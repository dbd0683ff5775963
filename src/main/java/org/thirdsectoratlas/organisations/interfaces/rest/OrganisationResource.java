package org.thirdsectoratlas.organisations.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.organisations.domain.Organisation;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.rest.Problem;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.Page;

@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@RequestScoped
public class OrganisationResource {

    private OrganisationDirectory directory;
    private Caller caller;

    protected OrganisationResource() {
        // for CDI proxies
    }

    @Inject
    public OrganisationResource(OrganisationDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List organisations by name, one page at a time")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    @APIResponse(responseCode = "400", description = "page or size is not a usable number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<OrganisationSummary> list(
            @Parameter(description = "0-based page number", example = "0") @QueryParam("page") String page,
            @Parameter(description = "items per page, 1 to " + OrganisationDirectory.MAX_PAGE_SIZE, example = "20")
            @QueryParam("size") String size) {
        return directory.list(Params.integer("page", page, 0, 0, 1_000_000),
                Params.integer("size", size, 20, 1, OrganisationDirectory.MAX_PAGE_SIZE), caller.viewer());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation with its networks, consortia (and roles) and programmes")
    @APIResponse(responseCode = "200", description = "The organisation")
    @APIResponse(responseCode = "400", description = "The id is not a valid id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organisation has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Organisation get(
            @Parameter(description = "the organisation's id (a slug)", example = "age-uk-leeds")
            @PathParam("id") String id) {
        return directory.get(Params.id("id", id), caller.viewer());
    }
}
