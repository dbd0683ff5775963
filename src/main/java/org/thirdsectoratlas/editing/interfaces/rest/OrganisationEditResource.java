package org.thirdsectoratlas.editing.interfaces.rest;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.editing.application.OrganisationEditing;
import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.editing.domain.EditableOrganisation;
import org.thirdsectoratlas.editing.domain.OrganisationDraft;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.Problem;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.Page;

/**
 * Writes to organisations (the reads are OrganisationResource's). Every write needs a bearer token; who may
 * change what is decided in {@link OrganisationEditing}.
 */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editing")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A token from POST /api/auth/token (or the configured OIDC provider)")
@SecurityRequirement(name = "bearer")
@RequestScoped
public class OrganisationEditResource {

    private OrganisationEditing editing;
    private Caller caller;

    protected OrganisationEditResource() {
        // for CDI proxies
    }

    @Inject
    public OrganisationEditResource(OrganisationEditing editing, Caller caller) {
        this.editing = editing;
        this.caller = caller;
    }

    /** The body of a merge request. */
    public record MergeRequest(@NotNull @jakarta.validation.constraints.Pattern(regexp = OrganisationDraft.ID)
                               String duplicate) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an organisation (members, moderators, admins); recorded as SELF_REPORTED")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it and its version")
    @APIResponse(responseCode = "400", ref = ApiDocs.INVALID_FIELD)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "409", description = "The id, name or an identifier is already taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull OrganisationDraft draft) {
        EditableOrganisation created = editing.create(draft, caller);
        return Response.created(URI.create("organisations/" + created.id()))
                .tag(unquoted(created)).entity(created).build();
    }

    @GET
    @Path("{id}/editable")
    @Operation(summary = "The organisation's writable fields, privacy tier and version (ETag) for an edit form")
    @APIResponse(responseCode = "200", description = "The editable state; ETag names its version")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not a member of this organisation nor a moderator")
    public Response editable(@PathParam("id") String id) {
        String checked = Params.id("id", id);
        org.thirdsectoratlas.editing.application.EditPolicy.requireCanEdit(caller, checked);
        EditableOrganisation current = editing.get(checked);
        return Response.ok(current).tag(unquoted(current)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the organisation's writable fields; If-Match must carry the ETag you edited")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag names the new version")
    @APIResponse(responseCode = "400", ref = ApiDocs.INVALID_FIELD)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not a member of this organisation nor a moderator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Name or identifier taken, or the organisation is retired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed it since; the body holds the current state")
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_REQUIRED)
    public Response update(@PathParam("id") String id,
                           @Parameter(description = "the ETag of the version edited, e.g. \"v3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull OrganisationDraft draft) {
        String checked = Params.id("id", id);
        long version = IfMatch.required(ifMatch);
        EditableOrganisation updated = editing.update(checked, version, draft, caller);
        return Response.ok(updated).tag(unquoted(updated)).build();
    }

    @POST
    @Path("{id}/retire")
    @Operation(summary = "Retire an organisation (moderators): hidden from reads, kept with its history")
    @APIResponse(responseCode = "200", description = "Retired")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale")
    public Response retire(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        EditableOrganisation retired = editing.retire(Params.id("id", id), IfMatch.optional(ifMatch), caller);
        return Response.ok(retired).tag(unquoted(retired)).build();
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge a duplicate into this organisation (moderators): its ties and identifiers move, "
            + "it is retired")
    @APIResponse(responseCode = "200", description = "The surviving organisation")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not a moderator")
    public Response merge(@PathParam("id") String id, @Valid @NotNull MergeRequest request) {
        EditableOrganisation survivor = editing.merge(Params.id("id", id), request.duplicate(), caller);
        return Response.ok(survivor).tag(unquoted(survivor)).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change to the organisation, newest first: who, when, before and after "
            + "(members of the organisation and moderators)")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not a member of this organisation nor a moderator")
    public Page<Change> history(@PathParam("id") String id, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        return editing.history(Params.id("id", id), Params.integer("page", page, 0, 0, 1_000_000),
                Params.integer("size", size, 20, 1, OrganisationEditing.MAX_PAGE_SIZE), caller);
    }

    private static jakarta.ws.rs.core.EntityTag unquoted(EditableOrganisation organisation) {
        return new jakarta.ws.rs.core.EntityTag("v" + organisation.version());
    }
}
