package org.thirdsectoratlas.insights.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdsectoratlas.insights.application.CommissionerInsights;
import org.thirdsectoratlas.insights.application.InsightSnapshots;
import org.thirdsectoratlas.insights.application.Snapshot;
import org.thirdsectoratlas.insights.domain.Summary;

@Path("insights/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
@RequestScoped
public class SummaryResource {

    private CommissionerInsights insights;

    protected SummaryResource() {
        // for CDI proxies
    }

    @Inject
    public SummaryResource(CommissionerInsights insights) {
        this.insights = insights;
    }

    @GET
    @Operation(operationId = "getSummary", summary = "The graph in numbers, set against Third Sector Trends and the research survey",
            description = "Organisations by kind, networks by formality, consortia by structure, ties of trust by "
                    + "kind and status; for each formality (INFORMAL, SEMI_FORMAL, FORMAL) the national Third Sector "
                    + "Trends figure beside the share of the graph's third-sector organisations working that way "
                    + "(member of a network of that formality, a collaboration of that formality, or for FORMAL a "
                    + "consortium partner); for each community the survey's primary/additional percentages beside the "
                    + "share of organisations stating communities that support it. Computed ahead: computedAt says "
                    + "when; it may be up to refreshSeconds (default 300) plus one computation behind the graph. "
                    + InsightSnapshots.PUBLIC_ONLY)
    @APIResponse(responseCode = "200", description = "The summary with computedAt")
    public Snapshot<Summary> summary() {
        return insights.summary();
    }
}
