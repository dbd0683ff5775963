package org.thirdsectoratlas.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.imports.domain.ExistingNode;
import org.thirdsectoratlas.imports.domain.ImportPlan;
import org.thirdsectoratlas.imports.domain.KumuTypes;
import org.thirdsectoratlas.imports.domain.Names;
import org.thirdsectoratlas.imports.domain.NodeRecord;
import org.thirdsectoratlas.imports.domain.OrgIds;
import org.thirdsectoratlas.imports.domain.Origin;
import org.thirdsectoratlas.imports.domain.ParsedFile;
import org.thirdsectoratlas.imports.domain.Planner;
import org.thirdsectoratlas.imports.domain.WriteOp;

/** Matching on a hand-built list of existing organisations with known answers. */
class PlannerTest {

    private static final List<ExistingNode> EXISTING = List.of(
            new ExistingNode("Organisation", "leeds-gate", "Leeds GATE", List.of(), List.of("GB-CHC-1107088"), false,
                    Map.of()),
            new ExistingNode("Organisation", "the-old-fire-station", "The Old Fire Station Trust Ltd", List.of(),
                    List.of(), false, Map.of()),
            new ExistingNode("Organisation", "basis-yorkshire", "BASIS Yorkshire", List.of("Basis"), List.of(), false,
                    Map.of()));

    private static NodeRecord organisation(String key, String name, List<String> identifiers) {
        return new NodeRecord("Organisation", key, null, name, identifiers, Map.of(), new Origin("Elements", 2));
    }

    private static ImportPlan plan(NodeRecord... records) {
        return new Planner(EXISTING, "format=kumu").plan(
                new ParsedFile(List.of(records), List.of(), List.of(), Map.of(), null), probes -> Map.of());
    }

    @Test
    void anOrgIdIdentifierMatchesWhateverTheNameSays() {
        ImportPlan plan = plan(organisation("a", "Gypsy and Traveller Group", List.of("GB-CHC-1107088")));
        assertEquals(1, plan.unchanged());
        assertTrue(plan.writes().isEmpty());
    }

    @Test
    void namesMatchIgnoringCasePunctuationAndLegalForms() {
        assertEquals("old fire station trust", Names.normalise("the OLD fire-station trust, Limited."));
        ImportPlan plan = plan(organisation("a", "Old Fire Station Trust", List.of()),
                organisation("b", "basis", List.of()));
        assertEquals(2, plan.unchanged(), "by normalised name, and by alias");
    }

    @Test
    void aNearNameIsCreatedAndReportedAsAPossibleDuplicate() {
        ImportPlan plan = plan(organisation("a", "Leeds GAATE", List.of()));
        assertEquals(Map.of("Organisation", 1L), plan.created());
        assertEquals(1, plan.possibleDuplicates().size());
        assertEquals("leeds-gate", plan.possibleDuplicates().get(0).candidateId());
        WriteOp write = plan.writes().get(0);
        assertEquals("leeds-gaate", write.id());
    }

    @Test
    void theSameNameWithAnotherCharityNumberIsAnotherOrganisationWithANewId() {
        ImportPlan plan = plan(organisation("a", "Leeds-Gate!", List.of("GB-CHC-999")));
        assertEquals(0, plan.unchanged());
        assertEquals("leeds-gate-2", plan.writes().get(0).id(), "a new id never takes an existing one");
        assertEquals("leeds-gate", plan.possibleDuplicates().get(0).candidateId());
    }

    @Test
    void charityAndCompanyNumbersBecomeOrgIds() {
        assertEquals("GB-CHC-225863", OrgIds.fromCharityNumber(" 225863 ").orElseThrow());
        assertEquals("GB-SC-SC012345", OrgIds.fromCharityNumber("SC012345").orElseThrow());
        assertEquals("GB-COH-00055515", OrgIds.fromCompanyNumber("55515").orElseThrow());
        assertEquals("GB-NIC-100012", OrgIds.canonical("gb-nic-100012").orElseThrow());
        assertTrue(OrgIds.canonical("not an id").isEmpty());
    }

    @Test
    void kumuTypesAreReadWhateverTheirCaseAndSynonym() {
        assertEquals("COMMUNITY_GROUP", KumuTypes.element("Community  Group").orElseThrow().kind());
        assertEquals("STATUTORY_BODY", KumuTypes.element("local authority").orElseThrow().kind());
        assertEquals("Network", KumuTypes.element("FORUM").orElseThrow().label());
        assertEquals("PARTNER_IN", KumuTypes.connection("Lead partner").orElseThrow().type());
        assertTrue(KumuTypes.element("spaceship").isEmpty());
    }
}
