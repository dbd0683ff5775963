package org.thirdsectoratlas.insights.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation that leads (role lead) or manages (role manager) one or more consortia.
 *
 * @param dependentPartners distinct other partners across the consortia it leads
 * @param contracts         distinct contracts those consortia deliver
 * @param contractValue     their total value in GBP (contracts without a value count as 0)
 */
@Schema(requiredProperties = {"id", "name", "consortia", "dependentPartners", "contracts", "contractValue"})
public record LeadPartner(String id, String name, String kind, List<LedConsortium> consortia,
                          long dependentPartners, long contracts, double contractValue) {
}
