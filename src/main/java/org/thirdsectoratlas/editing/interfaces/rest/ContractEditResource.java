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
import org.thirdsectoratlas.editing.domain.ContractDraft;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.OpenApiDocumentFilter;
import org.thirdsectoratlas.platform.rest.PagedList;

/**
 * Writes to contracts (the reads are the directory's). Rules in {@link GroupEditing}; docs/security.md. The
 * responses every checked or versioned write gives are added by {@link OpenApiDocumentFilter}'s markers.
 */
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editing")
@SecurityRequirement(name = ApiDocs.BEARER)
@RequestScoped
public class ContractEditResource {

    private static final String NOT_SPEAKING = "You do not speak for this contract (a member of one of its parties) nor "
            + "moderate";

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
    @Extension(name = OpenApiDocumentFilter.CHECKED_BODY, value = "true")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it and its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableGroup.class)))
    @APIResponse(responseCode = "403", description = "You are not a member of the contract's commissioner or deliverer, nor a moderator")
    @APIResponse(responseCode = "409", description = "The id or name is already taken")
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
    @APIResponse(responseCode = "403", description = NOT_SPEAKING)
    public Response editable(@Parameter(schema = @Schema(ref = ApiDocs.ID)) @PathParam("id") String id) {
        return endpoints.editable(GroupType.CONTRACT, id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateContract", summary = "Replace the contract's writable fields; If-Match must carry the ETag you edited",
            description = "Replaces every writable field (absent optional fields are cleared). A stale If-Match is "
                    + "412 with the current state in the body, and nothing is written.")
    @Extension(name = OpenApiDocumentFilter.CHECKED_BODY, value = "true")
    @Extension(name = OpenApiDocumentFilter.VERSIONED_WRITE, value = "true")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditableGroup.class)))
    @APIResponse(responseCode = "403", description = NOT_SPEAKING)
    @APIResponse(responseCode = "409", description = "The name is taken, the parties differ from those recorded, or the contract is retired")
    public Response update(@BeanParam EditedVersion edited, @Valid @NotNull ContractDraft draft) {
        return endpoints.update(edited, (id, version, caller) -> editing.updateContract(id, version, draft, caller));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "listContractChanges", summary = "Every change to the contract, newest first: who, when, before and after",
            description = "Every change to the contract, newest first, with who made it, when and the state before "
                    + "and after; paged.")
    @APIResponse(responseCode = "200", description = "A page of changes, newest first")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "403", description = NOT_SPEAKING)
    public PagedList<Change> history(@Context UriInfo uri, @Parameter(description = "the id",
            schema = @Schema(ref = ApiDocs.ID)) @PathParam("id") String id, @BeanParam ChangesPage page) {
        return PagedList.of(endpoints.history(GroupType.CONTRACT, id, page), uri);
    }
}
