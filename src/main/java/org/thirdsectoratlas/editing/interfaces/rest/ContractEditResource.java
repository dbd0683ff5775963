package org.thirdsectoratlas.editing.interfaces.rest;

import org.thirdsectoratlas.platform.rest.PagedList;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.thirdsectoratlas.editing.domain.EditableGroup;
import org.thirdsectoratlas.platform.rest.OpenApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.thirdsectoratlas.editing.domain.ContractDraft;
import org.thirdsectoratlas.editing.domain.GroupType;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.Problem;

/** Writes to contracts (the reads are the directory's). Rules in {@link GroupEditing}; docs/security.md. */
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editing")
@SecurityRequirement(name = ApiDocs.BEARER)
@RequestScoped
public class ContractEditResource {

    private GroupEditing editing;
    private GroupEndpoints endpoints;

    protected ContractEditResource() {
        // for CDI proxies
    }

    @Inject
    public ContractEditResource(GroupEditing editing, GroupEndpoints endpoints) {
        this.editing = editing;
        this.endpoints = endpoints;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createContract", summary = "Record a contract: commissioner, deliverer (consortium or organisation), value and period",
            description = "Who let it, who delivers it (a consortium or an organisation), value and period. The "
                    + "answer's ETag is the version for a later If-Match.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it and its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableGroup.class)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "400", ref = ApiDocs.INVALID_FIELD)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "You are not a member of the contract's commissioner or deliverer, nor a moderator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id or name is already taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ContractDraft draft) {
        return endpoints.create("contracts", caller -> editing.createContract(draft, caller));
    }

    @GET
    @Path("{id}/editable")
    @Operation(operationId = "getEditableContract", summary = "The contract's writable fields, ties with their status and version (ETag) for an edit form",
            description = "What an edit form needs: the writable fields, the delivery ties with their status, and "
                    + "the version (also the ETag) to send back in If-Match.")
    @Extension(name = OpenApiDocumentFilter.OWN_ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The editable state; ETag names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableGroup.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "You do not speak for this contract (a member of one of its parties) nor moderate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response editable(@Parameter(schema = @Schema(ref = ApiDocs.ID)) @PathParam("id") String id) {
        return endpoints.editable(GroupType.CONTRACT, id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateContract", summary = "Replace the contract's writable fields; If-Match must carry the ETag you edited",
            description = "Replaces every writable field (absent optional fields are cleared). A stale If-Match is "
                    + "412 with the current state in the body, and nothing is written.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableGroup.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "400", ref = ApiDocs.INVALID_FIELD)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "You do not speak for this contract (a member of one of its parties) nor moderate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The name is taken, the parties differ from those recorded, or the contract is retired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed it since: nothing was written; the body holds the current state and the ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableGroup.class)))
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_REQUIRED)
    public Response update(@Parameter(description = "the id", schema = @Schema(ref = ApiDocs.ID)) @PathParam("id") String id,
                           @Parameter(description = "the ETag of the version edited, e.g. \"v3\"", schema = @Schema(type = SchemaType.STRING, maxLength = 30, pattern = "^(W/)?\"v[0-9]+\"$"))
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ContractDraft draft) {
        return endpoints.update(id, ifMatch, (checked, version, caller) -> editing.updateContract(checked, version, draft,
                caller));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "listContractChanges", summary = "Every change to the contract, newest first: who, when, before and after",
            description = "Every change to the contract, newest first, with who made it, when and the state before "
                    + "and after; paged.")
    @APIResponse(responseCode = "200", description = "A page of changes, newest first")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "You do not speak for this contract (a member of one of its parties) nor moderate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PagedList<Change> history(@Context UriInfo uri,
            @Parameter(description = "the id", schema = @Schema(ref = ApiDocs.ID)) @PathParam("id") String id,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "changes per page, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size) {
        return PagedList.of(endpoints.history(GroupType.CONTRACT, id, page, size), uri);
    }
}
