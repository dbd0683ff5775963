package org.thirdsectoratlas.editing.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Networks and consortia name each organisation once, with the roles of the consortium's structure. */
class GroupDraftTest {

    private static NetworkDraft network(String... members) {
        return new NetworkDraft(null, "A network", null, "INFORMAL",
                java.util.Arrays.stream(members).map(m -> new Partner(m, null)).toList());
    }

    private static ConsortiumDraft consortium(String structure, String lead, Partner... partners) {
        return new ConsortiumDraft(null, "A consortium", null, structure, lead, List.of(partners));
    }

    @Test
    void aNetworkNamesEachMemberOnce() {
        var twice = assertThrows(InvalidEditException.class,
                () -> network("leeds-gate", "age-uk-leeds", "leeds-gate").requireNamedOnce());
        assertEquals("members", twice.field());
        assertEquals("Each organisation may be named once.", twice.getMessage());
        assertDoesNotThrow(() -> network("leeds-gate", "age-uk-leeds").requireNamedOnce());
    }

    @Test
    void aConsortiumNamesEachPartnerOnce() {
        var twice = assertThrows(InvalidEditException.class, () -> consortium("LEAD_PARTNER", "forum-central",
                new Partner("leeds-gate", "minor"), new Partner("leeds-gate", "subcontractor")).requireNamedOnce());
        assertEquals("partners", twice.field());
    }

    @Test
    void theLeadIsNotNamedAgainAsAPartner() {
        var again = assertThrows(InvalidEditException.class, () -> consortium("LEAD_PARTNER", "forum-central",
                new Partner("forum-central", "minor")).requireRolesFitStructure());
        assertEquals("partners", again.field());
        assertEquals("The lead 'forum-central' is named again as a partner.", again.getMessage());
    }

    @Test
    void onlyTheLeadHasTheLeadsRole() {
        assertEquals("Only the lead has the role 'lead'.", assertThrows(InvalidEditException.class,
                () -> consortium("LEAD_PARTNER", "forum-central", new Partner("leeds-gate", "lead"))
                        .requireRolesFitStructure()).getMessage());
        assertEquals("Only the lead has the role 'manager'.", assertThrows(InvalidEditException.class,
                () -> consortium("UMBRELLA", "forum-central", new Partner("leeds-gate", "manager"))
                        .requireRolesFitStructure()).getMessage());
    }

    @Test
    void partnersRolesAreTheStructuresWords() {
        var wrong = assertThrows(InvalidEditException.class, () -> consortium("PARTNERSHIP_OF_EQUALS",
                "forum-central", new Partner("leeds-gate", "minor")).requireRolesFitStructure());
        assertEquals("The role 'minor' is not one of the PARTNERSHIP_OF_EQUALS structure's roles [equal].",
                wrong.getMessage());
        assertDoesNotThrow(() -> consortium("UMBRELLA", "forum-central", new Partner("leeds-gate", "delivery"),
                new Partner("age-uk-leeds", null)).requireRolesFitStructure());
    }

    @Test
    void theLeadComesFirstWithTheStructuresWordForIt() {
        assertEquals(new Partner("forum-central", "manager"),
                consortium("UMBRELLA", "forum-central", new Partner("leeds-gate", "delivery")).named().get(0));
        assertEquals(new Partner("forum-central", "equal"),
                consortium("PARTNERSHIP_OF_EQUALS", "forum-central").named().get(0));
    }
}
