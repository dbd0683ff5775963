package org.thirdsectoratlas.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.generator.application.EcosystemLoader;
import org.thirdsectoratlas.generator.domain.EcosystemSize;
import org.thirdsectoratlas.generator.domain.Generation;
import org.thirdsectoratlas.generator.infrastructure.graph.Neo4jEcosystemStore;
import org.thirdsectoratlas.hsds.application.HsdsOrganizations;
import org.thirdsectoratlas.hsds.domain.StableUuid;
import org.thirdsectoratlas.hsds.infrastructure.graph.Neo4jHsdsRepository;
import org.thirdsectoratlas.hsds.interfaces.rest.HsdsDocuments;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.DirectorySeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * The HSDS 3.0 documents of real graphs — the Leeds seed, a small generated ecosystem, and a hand-built grant
 * (hb- ids) — validated by the published schemas, and the facts they carry checked against the seed.
 */
class HsdsRepresentationTest {

    private static final String API = "http://localhost/api/";
    private static final Generation G300 = new Generation(7, EcosystemSize.parse("300"));
    private static Neo4jHsdsRepository repository;
    private static HsdsOrganizations organizations;
    private static EcosystemLoader loader;

    @BeforeAll
    static void graph() {
        Graph graph = TestGraph.seeded();
        repository = new Neo4jHsdsRepository(graph);
        organizations = new HsdsOrganizations(repository, TestGraph.changes());
        loader = new EcosystemLoader(new Neo4jEcosystemStore(graph), new SeedInstaller(new Neo4jSeedStore(graph)),
                new DirectorySeedSource(TestGraph.SEED), EcosystemLoader.DEFAULT_BATCH);
        graph.write(tx -> tx.run("""
                CREATE (f:Organisation {id: 'hb-funder', name: 'HB Fund', kind: 'FUNDER'}),
                       (r:Organisation {id: 'hb-recipient', name: 'HB Recipient', kind: 'CHARITY',
                                        identifiers: ['GB-CHC-1234567', 'XI-ATLAS-hb-recipient'],
                                        website: 'https://hb.example.org/', aliases: ['HBR']}),
                       (c:Consortium {id: 'hb-consortium', name: 'HB Consortium'}),
                       (g:Programme {id: 'hb-programme', name: 'HB Small Grants'}),
                       (f)-[:RUNS]->(g),
                       (r)-[:PARTNER_IN {role: 'lead'}]->(c),
                       (f)-[:FUNDS {grantId: '360G-HB-1', title: 'Garden <tools>', amount: 2500.0, currency: 'GBP',
                                    awardDate: '2024-03-01', programmeId: 'hb-programme', source: 'IMPORT'}]->(r),
                       (f)-[:FUNDS {grantId: '360G-HB-2', amount: 10.0, currency: 'GBP', awardDate: '2024-04-01',
                                    visibility: 'PRIVATE', source: 'IMPORT'}]->(r)
                """).consume());
    }

    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        TestGraph.graph().runAutoCommit("MATCH (x) WHERE x.id STARTS WITH 'hb-' DETACH DELETE x");
        loader.remove(G300.dataset());
    }

    private static JsonObject organization(String atlasId, Viewer viewer) {
        return HsdsDocuments.organization(organizations.get(StableUuid.organisation(atlasId), viewer), API);
    }

    private static List<String> values(JsonObject organization, String code) {
        return organization.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonObject("taxonomy_term").getString("code").equals(code))
                .map(a -> a.getString("value")).toList();
    }

    @Test
    void idsAreVersionFiveUuidsOfTheAtlasIdsAsPythonsUuid5ComputesThem() {
        // uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, 'https://thirdsectoratlas.org/'), 'organisation/voluntary-action-leeds')
        assertEquals(UUID.fromString("9dd358b3-991d-5110-a054-1f3f3ce41df6"), StableUuid.ATLAS_NAMESPACE);
        assertEquals(UUID.fromString("1e6b1e8b-aaa9-58f7-8f66-5757365d93a6"), StableUuid.organisation("voluntary-action-leeds"));
        assertEquals(UUID.fromString("c55deae5-b097-58be-80e5-746fe78561a3"), StableUuid.of("programme", "enhance"));
    }

    @Test
    void everyPageOfTheLeedsSeedIsAValidHsdsListOfValidOrganizations() {
        long total = -1;
        int seen = 0;
        for (int page = 0; total < 0 || seen < total; page++) {
            JsonObject list = HsdsDocuments.list(organizations.list(null, new PageRequest(page, 25), Viewer.PUBLIC), API);
            assertEquals(List.of(), HsdsSchemas.listErrors(list), "page " + page);
            for (JsonValue item : list.getJsonArray("contents")) {
                assertEquals(List.of(), HsdsSchemas.organizationErrors(item.toString()));
            }
            total = list.getJsonNumber("total_items").longValue();
            seen += list.getInt("size");
            assertEquals(page + 1, list.getInt("page_number"));
            assertEquals(page == 0, list.getBoolean("first_page"));
            assertEquals(seen >= total, list.getBoolean("last_page"));
        }
        assertEquals(TestGraph.count("MATCH (o:Organisation) WHERE o.retired IS NULL AND o.name IS NOT NULL "
                + "AND coalesce(o.visibility, 'PUBLIC') = 'PUBLIC' RETURN count(o)"), total);
        assertTrue(total >= 19, "the seed's seventeen organisations and the two hand-built: " + total);
    }

    @Test
    void voluntaryActionLeedsCarriesItsCharityAndCompanyNumbersWithTheirOrgIdSchemes() {
        JsonObject val = organization("voluntary-action-leeds", Viewer.PUBLIC);
        assertEquals(List.of(), HsdsSchemas.organizationErrors(val.toString()));
        assertEquals("1e6b1e8b-aaa9-58f7-8f66-5757365d93a6", val.getString("id"));
        assertEquals("VAL", val.getString("alternate_name"));
        var identifiers = val.getJsonArray("organization_identifiers").getValuesAs(JsonObject.class);
        assertEquals(List.of("GB-CHC:225863", "GB-COH:00055515"), identifiers.stream()
                .map(i -> i.getString("identifier_scheme") + ":" + i.getString("identifier")).toList());
        assertEquals(List.of("state-of-the-sector-research"), values(val, "programme-participant"));
    }

    @Test
    void programmesAnOrganisationRunsAreItsProgramsAndItsNetworksAreAtlasAttributes() {
        JsonObject ageUk = organization("age-uk-leeds", Viewer.PUBLIC);
        assertEquals(List.of(), HsdsSchemas.organizationErrors(ageUk.toString()));
        var programs = ageUk.getJsonArray("programs").getValuesAs(JsonObject.class);
        assertEquals(List.of("Enhance"), programs.stream().map(p -> p.getString("name")).toList());
        assertEquals(StableUuid.of("programme", "enhance").toString(), programs.get(0).getString("id"));
        assertEquals(ageUk.getString("id"), programs.get(0).getString("organization_id"));
        assertEquals(repository.find("age-uk-leeds", Viewer.PUBLIC).orElseThrow().networks().stream()
                .map(n -> n.id()).toList(), values(ageUk, "network-member"));
        assertFalse(values(ageUk, "network-member").isEmpty());
    }

    @Test
    void aGrantIsFundingAndALeadPartnerIsAConsortiumLeadAttribute() {
        JsonObject recipient = organization("hb-recipient", Viewer.PUBLIC);
        assertEquals(List.of(), HsdsSchemas.organizationErrors(recipient.toString()));
        assertEquals(List.of("HB Fund: grant 360G-HB-1 \"Garden <tools>\", 2500 GBP, awarded 2024-03-01, programme hb-programme"),
                recipient.getJsonArray("funding").getValuesAs(JsonObject.class).stream()
                        .map(f -> f.getString("source")).toList(), "the private grant is left out");
        assertEquals(List.of("hb-consortium"), values(recipient, "consortium-lead"));
        assertEquals("https://hb.example.org/", recipient.getString("website"));
        assertEquals(List.of("GB-CHC", "XI-ATLAS"), recipient.getJsonArray("organization_identifiers")
                .getValuesAs(JsonObject.class).stream().map(i -> i.getString("identifier_scheme")).toList());
        assertEquals(2, organization("hb-recipient", new Viewer(Set.of("hb-funder"), false))
                .getJsonArray("funding").size(), "the funder's members see the grant it keeps private");
    }

    @Test
    void aGeneratedEcosystemGivesValidHsdsDocuments() {
        loader.remove(G300.dataset());
        loader.load(G300);
        JsonObject first = HsdsDocuments.list(organizations.list(null, new PageRequest(0, 100), Viewer.PUBLIC), API);
        long pages = first.getJsonNumber("total_pages").longValue();
        assertTrue(first.getJsonNumber("total_items").longValue() >= 300, "the generated organisations are listed");
        for (int page = 0; page < pages; page++) {
            JsonObject list = HsdsDocuments.list(organizations.list(null, new PageRequest(page, 100), Viewer.PUBLIC), API);
            assertEquals(List.of(), HsdsSchemas.listErrors(list), "page " + page);
        }
        String generatedId = TestGraph.graph().read(tx -> tx.run(
                "MATCH (o:Organisation) WHERE o.id STARTS WITH $prefix AND size(coalesce(o.identifiers, [])) > 0 "
                        + "AND EXISTS { (o)-[:MEMBER_OF]->() } RETURN o.id AS id ORDER BY o.id LIMIT 1",
                java.util.Map.<String, Object>of("prefix", G300.idPrefix())).single().get("id").asString());
        JsonObject generated = organization(generatedId, Viewer.PUBLIC);
        assertEquals(List.of(), HsdsSchemas.organizationErrors(generated.toString()));
        assertFalse(generated.getJsonArray("organization_identifiers").isEmpty());
        assertFalse(values(generated, "network-member").isEmpty());
    }

    @Test
    void theValidatorRefusesADocumentThatBreaksTheSchema() {
        JsonObject val = organization("voluntary-action-leeds", Viewer.PUBLIC);
        JsonObject broken = Json.createObjectBuilder(val).add("id", "voluntary-action-leeds").remove("name").build();
        assertEquals(2, HsdsSchemas.organizationErrors(broken.toString()).size(),
                HsdsSchemas.organizationErrors(broken.toString()).toString());
    }

    @Test
    void anUnknownUuidIsAnUnknownOrganization() {
        assertThrows(UnknownIdException.class, () -> organizations.get(UUID.randomUUID(), Viewer.PUBLIC));
        assertThrows(UnknownIdException.class, () -> organizations.get(StableUuid.of("programme", "enhance"),
                Viewer.PUBLIC), "a programme's UUID names no organisation");
    }
}
