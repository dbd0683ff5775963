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
import org.thirdsectoratlas.insights.domain.LeadExposure;

@Path("insights/lead-exposure")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
@RequestScoped
public class LeadExposureResource {

    private CommissionerInsights insights;

    protected LeadExposureResource() {
        // for CDI proxies
    }

    @Inject
    public LeadExposureResource(CommissionerInsights insights) {
        this.insights = insights;
    }

    @GET
    @Operation(operationId = "getLeadExposure", summary = "Lead partners and how many partners and contracts depend on each",
            description = "Organisations with PARTNER_IN role 'lead' or 'manager', most exposed first: the consortia "
                    + "they lead, the distinct other partners and contracts depending on them, and the research's "
                    + "key risks about leads (cash flow through the lead, costs falling to the lead) as context. "
                    + "When no lead is recorded the list is empty and 'explanation' says why. Computed ahead: "
                    + "computedAt says when; it may be up to refreshSeconds (default 300) plus one computation "
                    + "behind the graph. " + InsightSnapshots.PUBLIC_ONLY)
    @APIResponse(responseCode = "200", description = "Lead partners (possibly none) with the key risks")
    public Snapshot<LeadExposure> leadExposure() {
        return insights.leadExposure();
    }
}
