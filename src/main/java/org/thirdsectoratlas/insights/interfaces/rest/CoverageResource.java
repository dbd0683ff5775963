package org.thirdsectoratlas.insights.interfaces.rest;

import org.thirdsectoratlas.platform.rest.ApiDocs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.application.InsightSnapshots;
import org.thirdsectoratlas.insights.application.Snapshot;
import org.thirdsectoratlas.insights.domain.CoverageReport;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.rest.Problem;

/** Its own root path so that other /insights/* resources can live in other classes. */
@Path("insights/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
@RequestScoped
public class CoverageResource {

    private CommissionerInsights insights;

    protected CoverageResource() {
        // for CDI proxies
    }

    @Inject
    public CoverageResource(CommissionerInsights insights) {
        this.insights = insights;
    }

    @GET
    @Operation(operationId = "getCoverage", summary = "Community x locality coverage: who covers each cell, and the empty cells",
            description = "For each community x locality cell, the organisations, networks and consortia that cover "
                    + "it, and every cell nobody covers (emptyCells). " + CoverageReport.RULE
                    + " Computed ahead and served from memory: computedAt says when; it is recomputed every "
                    + "refreshSeconds (atlas.insights.refresh-seconds, default 300) and soon after writes, so it "
                    + "may be up to refreshSeconds plus one computation behind the graph. Each cell lists at most "
                    + "atlas.insights.coverage.organisations-per-cell organisations (default 50); organisationCount "
                    + "is always the full count. " + InsightSnapshots.PUBLIC_ONLY)
    @APIResponse(responseCode = "200", description = "The matrix (or the part asked for) with computedAt")
    @APIResponse(responseCode = "400", description = "community or locality is not a valid id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No community or locality has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Snapshot<CoverageReport> coverage(
            @Parameter(description = "only this community's row (a Community id)", example = "sex-workers", schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("community") String community,
            @Parameter(description = "only this locality's column (a Locality id)", example = "leeds", schema = @Schema(ref = ApiDocs.ID))
            @QueryParam("locality") String locality) {
        return insights.coverage(Params.optionalId("community", community), Params.optionalId("locality", locality));
    }
}
