package org.thirdsectoratlas.consortia.readiness.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A consortium's readiness: the items the graph can speak to (with a status), and the items it cannot
 * (to discuss with the partners).
 */
@Schema(requiredProperties = {"consortium", "name", "partners", "met", "notShown", "atRisk", "assessed", "toDiscuss"})
public record ConsortiumReadiness(String consortium, String name, String structure, int partners,
                                  long met, long notShown, long atRisk,
                                  List<ReadinessItem> assessed, List<ChecklistItem> toDiscuss) {
}
