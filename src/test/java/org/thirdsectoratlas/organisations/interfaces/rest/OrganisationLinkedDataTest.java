package org.thirdsectoratlas.organisations.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfNQuad;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.hsds.application.HsdsOrganizations;
import org.thirdsectoratlas.hsds.infrastructure.graph.Neo4jHsdsRepository;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * The organisations' JSON-LD read back by a real JSON-LD processor (Titanium: expansion to RDF with the inline
 * context, nothing fetched) and checked as triples: on the seed and on a hand-built organisation (hb- ids) that
 * leads a consortium since a known date, is in a network, has a grant and an identifier.
 */
class OrganisationLinkedDataTest {

    private static final String API = "http://localhost:9080/api/";
    private static final String SCHEMA = "https://schema.org/";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String SELF = API + "organisations/hb-ld";
    private static OrganisationLinkedData linkedData;

    @BeforeAll
    static void graph() {
        var graph = TestGraph.seeded();
        linkedData = new OrganisationLinkedData(new HsdsOrganizations(new Neo4jHsdsRepository(graph), TestGraph.changes()));
        graph.write(tx -> tx.run("""
                CREATE (o:Organisation {id: 'hb-ld', name: 'HB Linked </script><script>alert(1)</script> & Co',
                                        kind: 'CHARITY', identifiers: ['GB-CHC-1234567']}),
                       (f:Organisation {id: 'hb-ld-funder', name: 'HB Funder', kind: 'FUNDER'}),
                       (c:Consortium {id: 'hb-ld-consortium', name: 'HB Consortium'}),
                       (n:Network {id: 'hb-ld-network', name: 'HB Network'}),
                       (o)-[:PARTNER_IN {role: 'lead', startDate: date('2021-04-01')}]->(c),
                       (o)-[:MEMBER_OF]->(n),
                       (f)-[:FUNDS {grantId: '360G-LD-1', amount: 100.0, currency: 'GBP', awardDate: '2024-01-01'}]->(o)
                WITH o MATCH (l:Locality {id: 'leeds'}) CREATE (o)-[:OPERATES_IN]->(l)
                """).consume());
    }

    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        TestGraph.graph().runAutoCommit("MATCH (x) WHERE x.id STARTS WITH 'hb-ld' DETACH DELETE x");
    }

    private static List<RdfNQuad> triples(String json) throws JsonLdError {
        return JsonLd.toRdf(JsonDocument.of(new StringReader(json))).get().toList();
    }

    /** The objects of (subject, predicate), as their IRIs, blank node labels or lexical values. */
    private static List<String> objects(List<RdfNQuad> triples, String subject, String predicate) {
        return triples.stream().filter(t -> t.getSubject().getValue().equals(subject)
                        && t.getPredicate().getValue().equals(predicate))
                .map(t -> t.getObject().getValue()).toList();
    }

    private static String one(List<RdfNQuad> triples, String subject, String predicate) {
        List<String> found = objects(triples, subject, predicate);
        assertEquals(1, found.size(), subject + " " + predicate + ": " + found);
        return found.get(0);
    }

    @Test
    void aConsortiumLeadIsASchemaOrganizationWithAnOrgMembershipInItsRoleSinceItsStartDate() throws JsonLdError {
        var rdf = triples(linkedData.document("hb-ld", Viewer.PUBLIC, API).toString());

        assertEquals(Set.of(SCHEMA + "Organization", ORG + "Organization"), Set.copyOf(objects(rdf, SELF, RDF_TYPE)));
        assertEquals("HB Linked </script><script>alert(1)</script> & Co", one(rdf, SELF, SCHEMA + "name"));
        String identifier = one(rdf, SELF, SCHEMA + "identifier");
        assertEquals(SCHEMA + "PropertyValue", one(rdf, identifier, RDF_TYPE));
        assertEquals("GB-CHC", one(rdf, identifier, SCHEMA + "propertyID"));
        assertEquals("1234567", one(rdf, identifier, SCHEMA + "value"));
        assertEquals(Set.of(API + "consortia/hb-ld-consortium", API + "networks/hb-ld-network"),
                Set.copyOf(objects(rdf, SELF, SCHEMA + "memberOf")));
        assertEquals(API + "organisations/hb-ld-funder", one(rdf, SELF, SCHEMA + "funder"));
        assertEquals(API + "localities/leeds", one(rdf, SELF, SCHEMA + "areaServed"));

        List<String> memberships = objects(rdf, SELF, ORG + "hasMembership");
        assertEquals(2, memberships.size());
        String lead = memberships.stream().filter(m -> one(rdf, m, ORG + "organization")
                .equals(API + "consortia/hb-ld-consortium")).findFirst().orElseThrow();
        assertEquals(ORG + "Membership", one(rdf, lead, RDF_TYPE));
        assertEquals(SELF, one(rdf, lead, ORG + "member"));
        assertEquals(OrganisationLinkedData.ROLES + "consortium-lead", one(rdf, lead, ORG + "role"));
        String interval = one(rdf, lead, ORG + "memberDuring");
        String beginning = one(rdf, interval, TIME + "hasBeginning");
        RdfNQuad date = rdf.stream().filter(t -> t.getSubject().getValue().equals(beginning)
                && t.getPredicate().getValue().equals(TIME + "inXSDDate")).findFirst().orElseThrow();
        assertEquals("2021-04-01", date.getObject().getValue());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", date.getObject().asLiteral().getDatatype());
        String network = memberships.stream().filter(m -> !m.equals(lead)).findFirst().orElseThrow();
        assertTrue(objects(rdf, network, ORG + "memberDuring").isEmpty(), "no dates recorded, none claimed");
    }

    @Test
    void voluntaryActionLeedsNamesBothRegistersAndTheAreaItServes() throws JsonLdError {
        String self = API + "organisations/voluntary-action-leeds";
        var rdf = triples(linkedData.document("voluntary-action-leeds", Viewer.PUBLIC, API).toString());
        List<String> schemes = objects(rdf, self, SCHEMA + "identifier").stream()
                .map(i -> one(rdf, i, SCHEMA + "propertyID") + ":" + one(rdf, i, SCHEMA + "value")).sorted().toList();
        assertEquals(List.of("GB-CHC:225863", "GB-COH:00055515"), schemes);
        assertFalse(objects(rdf, self, SCHEMA + "areaServed").isEmpty());
    }

    @Test
    void theScriptTextCannotEndTheScriptElementAndParsesToTheSameTriples() throws JsonLdError {
        String json = linkedData.document("hb-ld", Viewer.PUBLIC, API).toString();
        String script = OrganisationLinkedData.scriptSafe(json);
        assertFalse(script.contains("<") || script.contains(">") || script.contains("&"), script);
        assertEquals("HB Linked </script><script>alert(1)</script> & Co", one(triples(script), SELF, SCHEMA + "name"));
        assertEquals(triples(json).size(), triples(script).size());
    }

    @Test
    void onlyAnExplicitLinkedDataAcceptGetsLinkedData() {
        assertTrue(OrganisationLinkedData.preferred(List.of(new MediaType("application", "ld+json"))));
        assertFalse(OrganisationLinkedData.preferred(List.of(MediaType.WILDCARD_TYPE)));
        assertFalse(OrganisationLinkedData.preferred(List.of(MediaType.APPLICATION_JSON_TYPE,
                new MediaType("application", "ld+json"))));
        assertTrue(OrganisationLinkedData.preferred(List.of(new MediaType("application", "ld+json"),
                MediaType.WILDCARD_TYPE)));
    }
}
