package org.thirdsectoratlas.editing.interfaces.rest;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.editing.application.GroupEditing;
import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.editing.domain.NetworkDraft;
import org.thirdsectoratlas.editing.domain.GroupType;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.Problem;
import org.thirdsectoratlas.shared.domain.Page;

/** Writes to networks (the reads are the directory's). Rules in {@link GroupEditing}; docs/security.md. */
@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editing")
@SecurityRequirement(name = "bearer")
@RequestScoped
public class NetworkEditResource {

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
    @Operation(summary = "Record a network naming its members; members you do not belong to stay CLAIMED until they confirm")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it and its version")
    @APIResponse(responseCode = "400", ref = ApiDocs.INVALID_FIELD)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "You are not a member of an organisation the network names, nor a moderator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id or name is already taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull NetworkDraft draft) {
        return endpoints.create("networks", caller -> editing.createNetwork(draft, caller));
    }

    @GET
    @Path("{id}/editable")
    @Operation(summary = "The network's writable fields, ties with their status and version (ETag) for an edit form")
    @APIResponse(responseCode = "200", description = "The editable state; ETag names its version")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "You do not speak for this network (a member of one of its confirmed members) nor moderate")
    @APIResponse(responseCode = "404", description = "No such network")
    public Response editable(@PathParam("id") String id) {
        return endpoints.editable(GroupType.NETWORK, id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the network's writable fields; If-Match must carry the ETag you edited")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag names the new version")
    @APIResponse(responseCode = "400", ref = ApiDocs.INVALID_FIELD)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "You do not speak for this network (a member of one of its confirmed members) nor moderate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The name is taken by another network, or the network is retired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed it since; the body holds the current state")
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_REQUIRED)
    public Response update(@PathParam("id") String id,
                           @Parameter(description = "the ETag of the version edited, e.g. \"v3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull NetworkDraft draft) {
        return endpoints.update(id, ifMatch, (checked, version, caller) -> editing.updateNetwork(checked, version, draft,
                caller));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change to the network, newest first: who, when, before and after")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "You do not speak for this network (a member of one of its confirmed members) nor moderate")
    public Page<Change> history(@PathParam("id") String id, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        return endpoints.history(GroupType.NETWORK, id, page, size);
    }
}
