package org.thirdsectoratlas.hsds.interfaces.rest;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.thirdsectoratlas.hsds.application.HsdsOrganizations;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.PageRequest;

/**
 * Open Referral UK / HSDS 3.0 organisations: open GETs without a key, CORS "*" and ETag/304 like every read
 * (OpenReadsFilter). Paged the HSDS way: page counts from 1, per_page items (at most 100).
 */
@Path("hsds/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open Referral UK (HSDS 3.0)")
@RequestScoped
public class HsdsResource {

    private static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private HsdsOrganizations organizations;
    private Caller caller;

    protected HsdsResource() {
        // for CDI proxies
    }

    @Inject
    public HsdsResource(HsdsOrganizations organizations, Caller caller) {
        this.organizations = organizations;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listHsdsOrganizations", summary = "Organisations as an HSDS 3.0 paged list",
            description = "Open Referral UK / HSDS 3.0 organizations, fully nested, by name (or by relevance to "
                    + "search): total_items, total_pages, page_number (from 1), size, first_page, last_page, empty "
                    + "and contents. Ids are name-based UUIDs (version 5) of the Atlas ids; networks, consortia with "
                    + "the partner's role and programme participation are attributes in the Atlas's own taxonomy "
                    + "(docs/data-exchange.md). Only what the caller may see.")
    @APIResponse(responseCode = "200", description = "A page of HSDS organizations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public JsonObject list(
            @Parameter(description = "full-text search words over names, aliases and descriptions",
                    example = "leeds", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @QueryParam("search") String search,
            @Parameter(description = "page number, from 1", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000000",
                            defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "organizations per page, 1 to " + PageRequest.MAX_SIZE, example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100",
                            defaultValue = "20"))
            @QueryParam("per_page") String perPage,
            @Context UriInfo uriInfo) {
        var request = new PageRequest(Params.integer("page", page, 1, 1, 1_000_000) - 1,
                Params.integer("per_page", perPage, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
        return HsdsDocuments.list(organizations.list(Params.searchText("search", search), request, caller.viewer()),
                uriInfo.getBaseUri().toString());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getHsdsOrganization", summary = "One organisation as an HSDS 3.0 organization",
            description = "The organization with this HSDS id (the version-5 UUID of its Atlas id, "
                    + "docs/data-exchange.md): organization_identifiers with their org-id scheme, the programs it "
                    + "runs, its funding, and Atlas attributes for its networks, consortia and programmes.")
    @APIResponse(responseCode = "200", description = "The HSDS organization",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JsonObject get(
            @Parameter(description = "the organization's HSDS id (a UUID)", example = "1e6b1e8b-aaa9-58f7-8f66-5757365d93a6",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", pattern = UUID_PATTERN))
            @PathParam("id") String id,
            @Context UriInfo uriInfo) {
        return HsdsDocuments.organization(organizations.get(uuid(id), caller.viewer()), uriInfo.getBaseUri().toString());
    }

    private static UUID uuid(String raw) {
        if (raw == null || !raw.matches(UUID_PATTERN)) {
            throw new InvalidParameterException("id", "id must be a UUID");
        }
        return UUID.fromString(raw);
    }
}
