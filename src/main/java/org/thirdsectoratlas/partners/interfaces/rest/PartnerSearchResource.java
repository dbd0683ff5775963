package org.thirdsectoratlas.partners.interfaces.rest;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.partners.application.PartnerFinder;
import org.thirdsectoratlas.partners.domain.PartnerSearch;
import org.thirdsectoratlas.partners.domain.PartnerSearchResult;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.rest.Problem;
import org.thirdsectoratlas.security.domain.Caller;

@Path("partner-search")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pathways")
@RequestScoped
public class PartnerSearchResource {

    static final Set<String> RESOURCE_KINDS = Set.of("PREMISES", "STAFF", "TRAINING", "TRANSLATION", "BACK_OFFICE",
            "EXPERTISE", "EQUIPMENT");

    private PartnerFinder finder;
    private Caller caller;

    protected PartnerSearchResource() {
        // for CDI proxies
    }

    @Inject
    public PartnerSearchResource(PartnerFinder finder, Caller caller) {
        this.finder = finder;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "findPartners", summary = "Who could fill the gaps in a bid",
            description = "Candidates that cover wanted communities, localities or resource kinds the members lack, "
                    + "each with what it adds and its best pathway of trust to the nearest member; plus what stays "
                    + "uncovered even with every candidate. " + PartnerFinder.RANKING + " Only organisations and ties the caller "
                    + "may see (privacy tiers) count.")
    @APIResponse(responseCode = "200", description = "Ranked candidates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerSearchResult.class)))
    @APIResponse(responseCode = "400", description = "The body is missing or a field is unusable (the problem names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A community, locality or member id is unknown",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartnerSearchResult search(
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "a bid for Gypsies and Travellers in Leeds",
                    value = "{\"communities\":[\"gypsies-and-travellers\"],\"localities\":[\"leeds\"],"
                            + "\"resourceKinds\":[\"EXPERTISE\"],\"members\":[\"leeds-gate\"],\"limit\":5}")))
            @Valid PartnerSearchRequest request) {
        if (request == null) {
            throw new InvalidParameterException("body", "send a JSON body with communities, localities, "
                    + "resourceKinds and members");
        }
        List<String> communities = ids("communities", request.communities());
        List<String> localities = ids("localities", request.localities());
        List<String> kinds = request.resourceKinds() == null ? List.of() : request.resourceKinds();
        for (String kind : kinds) {
            if (kind == null || !RESOURCE_KINDS.contains(kind)) {
                throw new InvalidParameterException("resourceKinds", "resourceKinds must be among "
                        + RESOURCE_KINDS.stream().sorted().toList() + ", not '" + kind + "'");
            }
        }
        if (communities.isEmpty() && localities.isEmpty() && kinds.isEmpty()) {
            throw new InvalidParameterException("communities",
                    "name at least one community, locality or resource kind the bid must cover");
        }
        return finder.search(new PartnerSearch(communities, localities, kinds, ids("members", request.members()),
                request.limit() == null ? 10 : request.limit()), caller.viewer());
    }

    private static List<String> ids(String field, List<String> raw) {
        return raw == null ? List.of() : raw.stream().map(id -> Params.id(field, id)).distinct().toList();
    }
}
