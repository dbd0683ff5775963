package org.thirdsectoratlas.programmes.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.PageParams;
import org.thirdsectoratlas.platform.rest.PagedList;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.programmes.application.ProgrammeDirectory;
import org.thirdsectoratlas.programmes.domain.Programme;
import org.thirdsectoratlas.programmes.domain.ProgrammeFilter;
import org.thirdsectoratlas.programmes.domain.ProgrammeSummary;
import org.thirdsectoratlas.security.domain.Caller;

@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
@RequestScoped
public class ProgrammeResource {

    private ProgrammeDirectory directory;
    private Caller caller;

    protected ProgrammeResource() {
        // for CDI proxies
    }

    @Inject
    public ProgrammeResource(ProgrammeDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listProgrammes", summary = "Search the programme directory",
            description = "Programmes, strategies and grant programmes, by relevance when q is given, otherwise by "
                    + "name; each line counts who runs it, who takes part and the grants made under it (only what the "
                    + "caller may see).")
    @APIResponse(responseCode = "200", description = "A page of programmes with the total")
    public PagedList<ProgrammeSummary> list(@Context UriInfo uri,
            @Parameter(description = "search words over names, aliases and descriptions", example = "holidays",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return PagedList.of(directory.list(new ProgrammeFilter(Params.searchText("q", q)), paging.request(),
                caller.viewer()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProgramme", summary = "One programme: who runs it, who takes part, funders and grants",
            description = "Who runs it and who takes part (organisations and networks, with the role a source "
                    + "states), who funds it, and the grants made under it (360Giving grants naming it; at most "
                    + Programme.GRANTS_LISTED + " listed, newest award first, grantsTotal counts them all), each "
                    + "with its provenance and the programme's own source. Facts the caller may not see are absent.")
    @APIResponse(responseCode = "200", description = "The programme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Programme.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Programme get(
            @Parameter(description = "the programme's id (a slug)", example = "healthy-holidays",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$"))
            @PathParam("id") String id) {
        return directory.get(Params.id("id", id), caller.viewer());
    }
}
