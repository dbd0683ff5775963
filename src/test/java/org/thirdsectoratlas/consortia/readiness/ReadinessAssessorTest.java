package org.thirdsectoratlas.consortia.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.consortia.readiness.domain.ChecklistItem;
import org.thirdsectoratlas.consortia.readiness.domain.ConsortiumFacts;
import org.thirdsectoratlas.consortia.readiness.domain.ConsortiumFacts.Partner;
import org.thirdsectoratlas.consortia.readiness.domain.ReadinessAssessor;
import org.thirdsectoratlas.consortia.readiness.domain.ReadinessStatus;

/** The rules that turn graph facts into statuses, on facts written by hand. */
class ReadinessAssessorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static ReadinessStatus status(String category, String evidence, String structure, List<String> roles,
                                          Partner... partners) {
        var facts = new ConsortiumFacts("k", "K", structure, roles, List.of(partners), List.of(), List.of(),
                List.of(), List.of(), List.of());
        var item = new ChecklistItem("i", category, null, "ALL", 1, null, "t", evidence);
        return new ReadinessAssessor(TODAY).assess(facts, List.of(item)).assessed().get(0).status();
    }

    private static Partner partner(String name, String role, String sizeBand, LocalDate confirmed) {
        return new Partner(name, name, "CHARITY", sizeBand, role, confirmed);
    }

    @Test
    void twoLeadsPutTheAgreedLeadAtRisk() {
        assertEquals(ReadinessStatus.AT_RISK, status("SUCCESS_FACTOR", "LEAD_AGREED", null, List.of(),
                partner("A", "lead", null, TODAY), partner("B", "lead", null, TODAY)));
    }

    @Test
    void aLeadPartnerStructureWithoutALeadIsAtRiskAndAPartnershipOfEqualsNeedsNone() {
        assertEquals(ReadinessStatus.AT_RISK, status("SUCCESS_FACTOR", "LEAD_AGREED", "LEAD_PARTNER", List.of(),
                partner("A", "minor", null, TODAY)));
        assertEquals(ReadinessStatus.MET, status("SUCCESS_FACTOR", "LEAD_AGREED", "PARTNERSHIP_OF_EQUALS",
                List.of("equal"), partner("A", "equal", null, TODAY), partner("B", "equal", null, TODAY)));
    }

    @Test
    void aRoleTheStructureDoesNotUseIsAtRisk() {
        assertEquals(ReadinessStatus.AT_RISK, status("SUCCESS_FACTOR", "ROLES_RECORDED", "LEAD_PARTNER",
                List.of("lead", "minor", "subcontractor"), partner("A", "lead", null, TODAY),
                partner("B", "equal", null, TODAY)));
    }

    @Test
    void rolesConfirmedMoreThanAYearAgoAreNotShownAsReviewed() {
        assertEquals(ReadinessStatus.NOT_SHOWN, status("KEY_LEARNING", "ROLES_REVIEWED", null, List.of(),
                partner("A", "lead", null, LocalDate.of(2023, 7, 1))));
        assertEquals(ReadinessStatus.MET, status("KEY_LEARNING", "ROLES_REVIEWED", null, List.of(),
                partner("A", "lead", null, TODAY.minusMonths(2))));
    }

    @Test
    void partnersOfDifferentSizesPutTheSizeRiskOn() {
        assertEquals(ReadinessStatus.AT_RISK, status("KEY_RISK", "SMALL_ORG_SUPPORT", null, List.of(),
                partner("A", null, "MICRO", TODAY), partner("B", null, "LARGE", TODAY)));
        assertEquals(ReadinessStatus.NOT_SHOWN, status("KEY_RISK", "SMALL_ORG_SUPPORT", null, List.of(),
                partner("A", null, "MICRO", TODAY), partner("B", null, "MICRO", TODAY)));
    }
}
