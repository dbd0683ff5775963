package org.thirdsectoratlas.organisations.interfaces.rest;

import org.thirdsectoratlas.platform.rest.PagedList;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.thirdsectoratlas.platform.rest.OpenApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.organisations.application.OrganisationSearches;
import org.thirdsectoratlas.organisations.domain.Collaborators;
import org.thirdsectoratlas.organisations.domain.Organisation;
import org.thirdsectoratlas.organisations.domain.OrganisationFilter;
import org.thirdsectoratlas.organisations.domain.OrganisationKind;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import org.thirdsectoratlas.platform.rest.PageParams;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.security.domain.Caller;

@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@RequestScoped
public class OrganisationResource {

    private OrganisationDirectory directory;
    private OrganisationSearches searches;
    private OrganisationRepresentations representations;
    private OrganisationLinkedData linkedData;
    private Caller caller;

    protected OrganisationResource() {
        // for CDI proxies
    }

    @Inject
    public OrganisationResource(OrganisationDirectory directory, OrganisationSearches searches,
                                OrganisationRepresentations representations, OrganisationLinkedData linkedData,
                                Caller caller) {
        this.directory = directory;
        this.searches = searches;
        this.representations = representations;
        this.linkedData = linkedData;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listOrganisations", summary = "Search and filter the organisation directory",
            description = "By relevance when q is given, otherwise by name. Filters combine (AND); a locality "
                    + "includes the places within it.")
    @APIResponse(responseCode = "200", description = "A page of organisations with the total")
    public PagedList<OrganisationSummary> list(@Context UriInfo uri,
            @Parameter(description = "search words over names, aliases and descriptions; each word must match "
                    + "(as a word or a prefix)", example = "solidarity", schema = @Schema(ref = ApiDocs.SEARCH_TEXT)) @QueryParam("q") String q,
            @Parameter(description = "id of a community the organisation supports", example = "sex-workers", schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("community") String community,
            @Parameter(description = "id of a locality the organisation works in (or within)", example = "leeds", schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("locality") String locality,
            @Parameter(description = "the kind of organisation", example = "CHARITY", schema = @Schema(implementation = OrganisationKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "id of a network the organisation is a member of",
                    example = "leeds-solidarity-network", schema = @Schema(ref = ApiDocs.ID)) @QueryParam("network") String network,
            @Parameter(description = "id of a consortium the organisation is a partner in",
                    example = "advonet-consortium", schema = @Schema(ref = ApiDocs.ID)) @QueryParam("consortium") String consortium,
            @Parameter(description = "id of an infrastructure body supporting the organisation: pages through "
                    + "the organisations a profile's capped supporting list leaves out",
                    example = "voluntary-action-leeds", schema = @Schema(ref = ApiDocs.ID)) @QueryParam("supportedBy") String supportedBy,
            @BeanParam PageParams paging) {
        var filter = new OrganisationFilter(Params.searchText("q", q), Params.optionalId("community", community),
                Params.optionalId("locality", locality), Params.choice("kind", kind, OrganisationKind.class),
                Params.optionalId("network", network), Params.optionalId("consortium", consortium),
                Params.optionalId("supportedBy", supportedBy));
        // A text search's first page is remembered until the graph changes (OrganisationSearches).
        return PagedList.of(searches.list(filter, paging.request(), caller.viewer()), uri);
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, OrganisationLinkedData.MEDIA_TYPE})
    @Operation(operationId = "getOrganisation", summary = "One organisation's full profile",
            description = "Networks, consortia and roles, programmes, collaborations, shared resources, "
                    + "communities, localities, identifiers and infrastructure support, each with its provenance. "
                    + "Infrastructure support is capped: supportedBy (by name, then id) and supporting (networks first, "
                    + "then organisations, each by name, then id) list at most " + Organisation.SUPPORT_LISTED
                    + " entries each, and supportedByTotal and supportingTotal count them all; page through the "
                    + "organisations supported with GET /api/organisations?supportedBy={id}. grants lists the 360Giving "
                    + "grants it received and made (other party, amount, currency, award date, programme, source). "
                    + "Facts the "
                    + "caller may not see (privacy tiers) are absent; a hidden organisation is 404. The ETag "
                    + "(\"v<version>\") is what PUT /api/organisations/{id} takes in If-Match. With Accept: "
                    + "application/ld+json the answer is linked data instead: a schema.org Organization with W3C ORG "
                    + "memberships and an inline @context (docs/data-exchange.md), with its own ETag.")
    @Extension(name = OpenApiDocumentFilter.OWN_ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Organisation.class)),
                    @Content(mediaType = OrganisationLinkedData.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT,
                                    description = "JSON-LD: schema.org Organization and W3C ORG memberships"))})
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response get(
            @Parameter(description = "the organisation's id (a slug)", example = "age-uk-leeds",
                    schema = @Schema(ref = ApiDocs.ID))
            @PathParam("id") String id,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        if (OrganisationLinkedData.preferred(headers.getAcceptableMediaTypes())) {
            return Response.ok(linkedData.document(Params.id("id", id), caller.viewer(),
                            uriInfo.getBaseUri().toString()).toString(), OrganisationLinkedData.MEDIA_TYPE)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .build();
        }
        // Rendered once per (id, viewer) until the graph changes: most lookups are a map hit.
        var representation = representations.get(Params.id("id", id), caller.viewer());
        return Response.ok(representation.json(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, representation.etag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    @GET
    @Path("{id}/collaborators")
    @Operation(operationId = "listCollaborators", summary = "Every organisation this one works with, and how",
            description = "Grouped per organisation, each tie with its type (collaboration, shared network, "
                    + "consortium partner, shared resource, infrastructure support), formality and status. At most "
                    + OrganisationDirectory.MEMBERS_PER_NETWORK + " co-members are listed per network (by name); "
                    + "truncatedNetworks says which networks were capped and how many members were left out. Only ties "
                    + "the caller may see (privacy tiers) are listed.")
    @APIResponse(responseCode = "200", description = "The collaborators")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Collaborators collaborators(
            @Parameter(description = "the organisation's id (a slug)", example = "leeds-gate", schema = @Schema(ref = ApiDocs.ID))
            @PathParam("id") String id) {
        return directory.collaborators(Params.id("id", id), caller.viewer());
    }
}
