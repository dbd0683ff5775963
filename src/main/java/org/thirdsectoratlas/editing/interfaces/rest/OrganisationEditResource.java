package org.thirdsectoratlas.editing.interfaces.rest;

import org.thirdsectoratlas.platform.rest.PagedList;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.thirdsectoratlas.platform.rest.OpenApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.editing.application.OrganisationEditing;
import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.editing.domain.EditableOrganisation;
import org.thirdsectoratlas.editing.domain.OrganisationDraft;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.security.domain.Caller;

/**
 * Writes to organisations (the reads are OrganisationResource's). Every write needs a bearer token; who may
 * change what is decided in {@link OrganisationEditing}.
 */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editing")
@SecurityRequirement(name = ApiDocs.BEARER)
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
    @Operation(operationId = "createOrganisation", summary = "Register an organisation (members, moderators, admins); recorded as SELF_REPORTED",
            description = "Members, moderators and admins register an organisation; its facts are recorded as "
                    + "SELF_REPORTED. The answer's ETag is the version for a later If-Match.")
    @Extension(name = OpenApiDocumentFilter.CHECKED_BODY, value = "true")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it and its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableOrganisation.class)))
    @APIResponse(responseCode = "409", description = "The id, name or an identifier is already taken")
    public Response create(@Valid @NotNull OrganisationDraft draft) {
        EditableOrganisation created = editing.create(draft, caller);
        return Response.created(URI.create("organisations/" + created.id()))
                .tag(unquoted(created)).entity(created).build();
    }

    @GET
    @Path("{id}/editable")
    @Operation(operationId = "getEditableOrganisation", summary = "The organisation's writable fields, privacy tier and version (ETag) for an edit form",
            description = "What an edit form needs: the writable fields, the privacy tier and the version (also the "
                    + "ETag) to send back in If-Match. Only the organisation's members and moderators.")
    @Extension(name = OpenApiDocumentFilter.OWN_ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The editable state; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableOrganisation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "403", description = "Not a member of this organisation nor a moderator")
    public Response editable(@Parameter(schema = @Schema(ref = ApiDocs.ID)) @PathParam("id") String id) {
        String checked = Params.id("id", id);
        org.thirdsectoratlas.editing.application.EditPolicy.requireCanEdit(caller, checked);
        EditableOrganisation current = editing.get(checked);
        return Response.ok(current).tag(unquoted(current)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOrganisation", summary = "Replace the organisation's writable fields; If-Match must carry the ETag you edited",
            description = "Replaces every writable field (absent optional fields are cleared). A stale If-Match is "
                    + "412 with the current state in the body, and nothing is written.")
    @Extension(name = OpenApiDocumentFilter.CHECKED_BODY, value = "true")
    @Extension(name = OpenApiDocumentFilter.VERSIONED_WRITE, value = "true")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableOrganisation.class)))
    @APIResponse(responseCode = "403", description = "Not a member of this organisation nor a moderator")
    @APIResponse(responseCode = "409", description = "Name or identifier taken, or the organisation is retired")
    public Response update(@BeanParam EditedVersion edited, @Valid @NotNull OrganisationDraft draft) {
        String id = edited.id();
        EditableOrganisation updated = editing.update(id, edited.version(), draft, caller);
        return Response.ok(updated).tag(unquoted(updated)).build();
    }

    @POST
    @Path("{id}/retire")
    @Operation(operationId = "retireOrganisation", summary = "Retire an organisation (moderators): hidden from reads, kept with its history",
            description = "A retired organisation disappears from reads and searches but keeps its history, so the "
                    + "retirement can be undone. Moderators only; If-Match is optional here.")
    @APIResponse(responseCode = "200", description = "Retired; the new ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableOrganisation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "403", description = "Not a moderator")
    @APIResponse(responseCode = "412", description = "If-Match was sent and is stale: nothing was written; the body holds the current state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableOrganisation.class)))
    public Response retire(@Parameter(schema = @Schema(ref = ApiDocs.ID)) @PathParam("id") String id,
                           @Parameter(description = "the ETag of the version seen (optional), e.g. \"v3\"", schema = @Schema(type = SchemaType.STRING, maxLength = 30, pattern = IfMatch.PATTERN))
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        EditableOrganisation retired = editing.retire(Params.id("id", id), IfMatch.optional(ifMatch), caller);
        return Response.ok(retired).tag(unquoted(retired)).build();
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeOrganisation", summary = "Merge a duplicate into this organisation (moderators): its ties and identifiers move, "
            + "it is retired",
            description = "The duplicate's ties and identifiers move to this organisation and the duplicate is "
                    + "retired; both histories record it. Moderators only.")
    @APIResponse(responseCode = "200", description = "The surviving organisation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableOrganisation.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "403", description = "Not a moderator")
    public Response merge(@Parameter(schema = @Schema(ref = ApiDocs.ID)) @PathParam("id") String id, @Valid @NotNull MergeRequest request) {
        EditableOrganisation survivor = editing.merge(Params.id("id", id), request.duplicate(), caller);
        return Response.ok(survivor).tag(unquoted(survivor)).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "listOrganisationChanges", summary = "Every change to the organisation, newest first: who, when, before and after "
            + "(members of the organisation and moderators)",
            description = "Every change to the organisation, newest first, with who made it, when and the state "
                    + "before and after; paged. The organisation's members and moderators.")
    @APIResponse(responseCode = "200", description = "A page of changes, newest first")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "403", description = "Not a member of this organisation nor a moderator")
    public PagedList<Change> history(@Context UriInfo uri, @Parameter(description = "the id",
            schema = @Schema(ref = ApiDocs.ID)) @PathParam("id") String id, @BeanParam ChangesPage page) {
        return PagedList.of(editing.history(Params.id("id", id), page.page(), page.size(), caller), uri);
    }

    private static jakarta.ws.rs.core.EntityTag unquoted(EditableOrganisation organisation) {
        return new jakarta.ws.rs.core.EntityTag("v" + organisation.version());
    }
}
