package org.thirdsectoratlas.editing.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.editing.application.GroupEditing;
import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.editing.domain.EditableGroup;
import org.thirdsectoratlas.editing.domain.GroupType;
import org.thirdsectoratlas.editing.domain.NetworkDraft;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.OpenApiDocumentFilter;
import org.thirdsectoratlas.platform.rest.PagedList;

/**
 * Writes to networks (the reads are the directory's). Rules in {@link GroupEditing}; docs/security.md. The
 * responses every checked or versioned write gives are added by {@link OpenApiDocumentFilter}'s markers.
 */
@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editing")
@SecurityRequirement(name = ApiDocs.BEARER)
@RequestScoped
public class NetworkEditResource {

    private static final String NOT_SPEAKING = "You do not speak for this network (a member of one of its confirmed "
            + "members) nor moderate";

    private GroupEditing editing;
    private GroupEndpoints endpoints;

    protected NetworkEditResource() {
        // for CDI proxies
    }

    @Inject
    public NetworkEditResource(GroupEditing editing, GroupEndpoints endpoints) {
        this.editing = editing;
        this.endpoints = endpoints;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createNetwork", summary = "Record a network naming its members; members you do not belong to stay CLAIMED until they confirm",
            description = "Members that you are not a member of stay CLAIMED until one of their members confirms. "
                    + "The answer's ETag is the version for a later If-Match.")
    @Extension(name = OpenApiDocumentFilter.CHECKED_BODY, value = "true")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it and its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableGroup.class)))
    @APIResponse(responseCode = "403", description = "You are not a member of an organisation the network names, nor a moderator")
    @APIResponse(responseCode = "409", description = "The id or name is already taken")
    public Response create(@Valid @NotNull NetworkDraft draft) {
        return endpoints.create("networks", caller -> editing.createNetwork(draft, caller));
    }

    @GET
    @Path("{id}/editable")
    @Operation(operationId = "getEditableNetwork", summary = "The network's writable fields, ties with their status and version (ETag) for an edit form",
            description = "What an edit form needs: the writable fields, each membership tie with its status, and "
                    + "the version (also the ETag) to send back in If-Match.")
    @Extension(name = OpenApiDocumentFilter.OWN_ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The editable state; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableGroup.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "403", description = NOT_SPEAKING)
    public Response editable(@Parameter(schema = @Schema(ref = ApiDocs.ID)) @PathParam("id") String id) {
        return endpoints.editable(GroupType.NETWORK, id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateNetwork", summary = "Replace the network's writable fields; If-Match must carry the ETag you edited",
            description = "Replaces every writable field (absent optional fields are cleared). A stale If-Match is "
                    + "412 with the current state in the body, and nothing is written.")
    @Extension(name = OpenApiDocumentFilter.CHECKED_BODY, value = "true")
    @Extension(name = OpenApiDocumentFilter.VERSIONED_WRITE, value = "true")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableGroup.class)))
    @APIResponse(responseCode = "403", description = NOT_SPEAKING)
    @APIResponse(responseCode = "409", description = "The name is taken by another network, or the network is retired")
    public Response update(@BeanParam EditedVersion edited, @Valid @NotNull NetworkDraft draft) {
        return endpoints.update(edited, (id, version, caller) -> editing.updateNetwork(id, version, draft, caller));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "listNetworkChanges", summary = "Every change to the network, newest first: who, when, before and after",
            description = "Every change to the network, newest first, with who made it, when and the state before "
                    + "and after; paged.")
    @APIResponse(responseCode = "200", description = "A page of changes, newest first")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "403", description = NOT_SPEAKING)
    public PagedList<Change> history(@Context UriInfo uri, @Parameter(description = "the id",
            schema = @Schema(ref = ApiDocs.ID)) @PathParam("id") String id, @BeanParam ChangesPage page) {
        return PagedList.of(endpoints.history(GroupType.NETWORK, id, page), uri);
    }
}
