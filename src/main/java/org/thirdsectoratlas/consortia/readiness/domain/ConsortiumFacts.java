package org.thirdsectoratlas.consortia.readiness.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the graph shows about one consortium, gathered in one read.
 *
 * @param structureRoles the PARTNER_IN roles the stated structure uses (empty when no structure is stated)
 * @param priorTies      pairs of partners already tied before/outside the consortium, in words
 * @param sharedResources resources two or more partners share, in words
 * @param sharedGround   communities or localities two or more partners have in common, in words
 * @param infrastructureSupport "partner is supported by infrastructure body" facts, in words
 */
public record ConsortiumFacts(String id, String name, String structure, List<String> structureRoles,
                              List<Partner> partners, List<Contract> contracts, List<String> priorTies,
                              List<String> sharedResources, List<String> sharedGround,
                              List<String> infrastructureSupport) {

    /** A partner and its PARTNER_IN tie; role and sizeBand null when unstated. */
    public record Partner(String id, String name, String kind, String sizeBand, String role,
                          LocalDate roleConfirmed) {
    }

    public record Contract(String id, String name, Double value) {
    }

    public List<Partner> leads() {
        return partners.stream().filter(p -> "lead".equals(p.role()) || "manager".equals(p.role())).toList();
    }
}
