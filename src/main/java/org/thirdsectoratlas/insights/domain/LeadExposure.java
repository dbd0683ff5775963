package org.thirdsectoratlas.insights.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.consortia.readiness.domain.ChecklistItem;

/**
 * Lead partners and the partners and contracts that depend on each, most exposed first, with the
 * research's key risks about leads as context, and a sentence saying what the list rests on.
 */
@Schema(requiredProperties = {"leads", "keyRisks", "consortia", "partnerships", "partnershipsWithRole", "explanation"})
public record LeadExposure(List<LeadPartner> leads, List<ChecklistItem> keyRisks, long consortia,
                           long partnerships, long partnershipsWithRole, String explanation) {

    public static LeadExposure of(List<LeadPartner> leads, List<ChecklistItem> keyRisks, long consortia,
                                  long partnerships, long partnershipsWithRole) {
        String explanation = leads.isEmpty()
                ? "No lead partner is recorded: of " + partnerships + " consortium partnership(s) in " + consortia
                        + " consortium/consortia, " + partnershipsWithRole + " state a role and none is 'lead' or "
                        + "'manager'. The key risks below apply as soon as a consortium records a lead."
                : leads.size() + " organisation(s) lead or manage consortia; the risks below (cash flow through the "
                        + "lead, costs falling to the lead) rest on them. Ordered by dependent partners, then contracts.";
        return new LeadExposure(leads, keyRisks, consortia, partnerships, partnershipsWithRole, explanation);
    }
}
