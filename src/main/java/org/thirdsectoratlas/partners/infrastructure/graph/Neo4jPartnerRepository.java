package org.thirdsectoratlas.partners.infrastructure.graph;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Value;
import org.thirdsectoratlas.partners.domain.Coverage;
import org.thirdsectoratlas.partners.domain.PartnerRepository;
import org.thirdsectoratlas.partners.domain.PartnerSearch;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jPartnerRepository implements PartnerRepository {

    /**
     * Who covers what: SUPPORTS a wanted community; OPERATES_IN a wanted locality or an area it is PART_OF
     * (an organisation working across West Yorkshire covers Leeds); SHARES a resource of a wanted kind.
     */
    static final String COVERAGE = VisibilityRule.expand("""
            CALL () {
              UNWIND $communities AS item
              MATCH (:Community {id: item})<-[s:SUPPORTS]-(o:Organisation)
              WHERE o.retired IS NULL AND coalesce(s.status, 'CLAIMED') <> 'WITHDRAWN'
                AND VISIBLE(o, o) AND VISIBLE(s, o)
              RETURN o, 'community' AS what, item
              UNION ALL
              UNWIND $localities AS item
              MATCH (:Locality {id: item})-[:PART_OF*0..4]->(:Locality)<-[s:OPERATES_IN]-(o:Organisation)
              WHERE o.retired IS NULL AND coalesce(s.status, 'CLAIMED') <> 'WITHDRAWN'
                AND VISIBLE(o, o) AND VISIBLE(s, o)
              RETURN o, 'locality' AS what, item
              UNION ALL
              UNWIND $resourceKinds AS item
              MATCH (o:Organisation)-[s:SHARES]->(r:Resource {kind: item})
              WHERE o.retired IS NULL AND coalesce(s.status, 'CLAIMED') <> 'WITHDRAWN'
                AND VISIBLE(o, o) AND VISIBLE(s, o)
              RETURN o, 'resource' AS what, item
            }
            WITH o, what, collect(DISTINCT item) AS items
            WITH o, collect([what, items]) AS covers
            RETURN o.id AS id, o.name AS name, covers
            """);

    /** A node the viewer may not see (an organisation's privacy tier) is as unknown as a missing one. */
    private static final String UNKNOWN_TEMPLATE = VisibilityRule.expand("""
            UNWIND $ids AS id
            OPTIONAL MATCH (n:%s {id: id}) WHERE n.retired IS NULL AND VISIBLE(n, n)
            WITH id, n WHERE n IS NULL
            RETURN collect(id) AS unknown
            """);

    /** One statement per label (labels cannot be parameters). */
    static final Map<String, String> UNKNOWN = Map.of(
            "Community", UNKNOWN_TEMPLATE.formatted("Community"),
            "Locality", UNKNOWN_TEMPLATE.formatted("Locality"),
            "Organisation", UNKNOWN_TEMPLATE.formatted("Organisation"));

    private Graph graph;

    protected Neo4jPartnerRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jPartnerRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Set<String> unknown(String label, Collection<String> ids, Viewer viewer) {
        String cypher = UNKNOWN.get(label);
        if (cypher == null) {
            throw new IllegalArgumentException("no such label: " + label);
        }
        return graph.read(tx -> new HashSet<>(tx.run(cypher, VisibilityRule.with(Map.of("ids", List.copyOf(ids)), viewer))
                .single().get("unknown").asList(Value::asString)));
    }

    @Override
    public List<OrganisationCoverage> coverage(PartnerSearch search, Viewer viewer) {
        return graph.read(tx -> tx.run(COVERAGE, VisibilityRule.with(Map.of("communities", search.communities(),
                        "localities", search.localities(), "resourceKinds", search.resourceKinds()), viewer))
                .list(r -> {
                    Map<String, List<String>> covers = new java.util.HashMap<>();
                    for (Value pair : r.get("covers").values()) {
                        covers.put(pair.get(0).asString(), pair.get(1).asList(Value::asString));
                    }
                    return new OrganisationCoverage(r.get("id").asString(), r.get("name").asString(),
                            new Coverage(covers.getOrDefault("community", List.of()),
                                    covers.getOrDefault("locality", List.of()),
                                    covers.getOrDefault("resource", List.of())));
                }));
    }
}
