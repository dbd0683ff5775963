package org.thirdsectoratlas.pathways.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.thirdsectoratlas.platform.rest.ApiDocs;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.pathways.application.PathwaySearches;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.domain.PathwayRanking;
import org.thirdsectoratlas.pathways.domain.PathwayResult;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.rest.Problem;
import org.thirdsectoratlas.security.domain.Caller;

@Path("pathways")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pathways", description = "How to reach an organisation through ties of trust")
@RequestScoped
public class PathwayResource {

    static final int MAX_AVOID = PathwayQuery.MAX_AVOID;
    private static final String EXAMPLE = """
            {"from":"leeds-gate","to":"yorkshire-mesmac","pathways":[{"hops":[{"fromId":"leeds-gate",
            "fromName":"Leeds GATE","toId":"yorkshire-mesmac","toName":"Yorkshire MESMAC","kind":"NETWORK",
            "groupId":"leeds-solidarity-network","groupName":"Leeds Solidarity Network","size":4,
            "formality":"UNSTATED","status":"CONFIRMED","lastConfirmed":"2023-07-01","cost":1.0,
            "explanation":"both members of Leeds Solidarity Network"}],"hopCount":1,"cost":1.0,"weakness":2,
            "oldestConfirmation":"2023-07-01","score":1.02}],"ranking":"Ranked by: ...","explored":4}""";

    private PathwaySearches searches;
    private Caller caller;

    protected PathwayResource() {
        // for CDI proxies
    }

    @Inject
    public PathwayResource(PathwaySearches searches, Caller caller) {
        this.searches = searches;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "findPathways", summary = "The k best collaboration pathways between two organisations",
            description = "A pathway goes only through ties of trust between organisations: collaboration, "
                    + "co-membership of a network, co-partnership in a consortium, a shared resource, support from "
                    + "an infrastructure body; never through a shared community or place. Withdrawn ties never "
                    + "count. Each hop is explained in words. " + PathwayRanking.RULE + " Hubs: a group above "
                    + "50 members is a weak tie that only bridges organisations reached anyway; above 1000 it is "
                    + "ignored unless named in via. No pathway is an empty list with a reason, not an error. "
                    + "Pathways use only the organisations and ties the caller may see (privacy tiers): a hidden "
                    + "organisation is 404, a hidden tie is never a hop. Answers are remembered until the graph "
                    + "changes; send Cache-Control: no-cache to search again.")
    @APIResponse(responseCode = "200", description = "Pathways, best first; empty with a reason when there is none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PathwayResult.class),
                    examples = @ExampleObject(name = "Leeds GATE to Yorkshire MESMAC", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or unusable (the problem names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "from, to, via or an avoided id is unknown",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PathwayResult find(
            @Parameter(description = "the organisation to start from", required = true, example = "leeds-gate", schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("from") String from,
            @Parameter(description = "the organisation to reach", required = true, example = "yorkshire-mesmac", schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("to") String to,
            @Parameter(description = "how many pathways, 1 to 10 (default 3)", example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "10", defaultValue = "3"))
            @QueryParam("limit") String limit,
            @Parameter(description = "longest pathway in hops, 1 to 6 (default 4)", example = "4", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "6", defaultValue = "4"))
            @QueryParam("maxHops") String maxHops,
            @Parameter(description = "only ties the other side has confirmed (default false)", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("confirmedOnly") String confirmedOnly,
            @Parameter(description = "only formal ties: formal collaborations, formal networks, consortia (default false)", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("formalOnly") String formalOnly,
            @Parameter(description = "an organisation every pathway must pass through, or a network, consortium or "
                    + "resource whose co-membership it must use", schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("via") String via,
            @Parameter(description = "comma-separated ids of organisations to keep out of the pathways (at most 50)", schema = @Schema(type = SchemaType.STRING, maxLength = 10250, pattern = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}(,[A-Za-z0-9][A-Za-z0-9_.-]{0,199}){0,49}$"))
            @QueryParam("avoid") String avoid,
            @Parameter(description = "no-cache: search again instead of answering from the answers remembered "
                    + "since the graph last changed", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        String start = Params.id("from", from);
        String end = Params.id("to", to);
        String through = via == null || via.isBlank() ? null : Params.id("via", via);
        Set<String> avoided = Params.ids("avoid", avoid, MAX_AVOID);
        if (through != null && (through.equals(start) || through.equals(end))) {
            throw new InvalidParameterException("via", "via must differ from from and to");
        }
        if (avoided.contains(start) || avoided.contains(end) || (through != null && avoided.contains(through))) {
            throw new InvalidParameterException("avoid", "avoid cannot contain from, to or via");
        }
        PathwayQuery query = new PathwayQuery(start, end,
                Params.integer("limit", limit, PathwayQuery.DEFAULT_LIMIT, 1, PathwayQuery.MAX_LIMIT),
                Params.integer("maxHops", maxHops, PathwayQuery.DEFAULT_MAX_HOPS, 1, PathwayQuery.MAX_HOPS),
                Params.bool("confirmedOnly", confirmedOnly, false), Params.bool("formalOnly", formalOnly, false),
                through, avoided);
        return noCache(cacheControl) ? searches.findFresh(query, caller.viewer())
                : searches.find(query, caller.viewer());
    }

    /** RFC 9111 request directive: the caller wants an answer searched now, not a remembered one. */
    static boolean noCache(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        for (String directive : cacheControl.split(",")) {
            String name = directive.strip().toLowerCase(Locale.ROOT);
            if (name.equals("no-cache") || name.equals("max-age=0")) {
                return true;
            }
        }
        return false;
    }
}
