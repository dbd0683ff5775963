package org.thirdsectoratlas.trust.infrastructure.graph;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.TransactionContext;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;
import org.thirdsectoratlas.trust.domain.TrustGraphRepository;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

/**
 * Loads the whole trust graph into arrays with one read query, streamed row by row: only the organisations,
 * ties and memberships the viewer may see (privacy tiers).
 */
@ApplicationScoped
public class Neo4jTrustGraphRepository implements TrustGraphRepository {

    /**
     * Every usable tie once (direct ties from their start node) and every membership with its group's size,
     * each organisation, tie and membership passing the privacy rule for $viewer.
     */
    public static final String SNAPSHOT = VisibilityRule.expand("""
            MATCH (x:Organisation) WHERE x.retired IS NULL AND VISIBLE(x, x)
            CALL (x) {
              MATCH (x)-[r:COLLABORATES_WITH|SUPPORTED_BY]->(y:Organisation)
              WHERE y.retired IS NULL AND coalesce(r.status, 'CLAIMED') <> 'WITHDRAWN'
                AND VISIBLE(y, y) AND VISIBLE(r, x, y)
              RETURN 'TIE' AS row, y, r, true AS outgoing, null AS g, 0 AS size
              UNION ALL
              MATCH (x)-[r:MEMBER_OF|PARTNER_IN|SHARES]->(g:Network|Consortium|Resource)
              WHERE coalesce(r.status, 'CLAIMED') <> 'WITHDRAWN' AND VISIBLE(r, x)
              RETURN 'MEMBERSHIP' AS row, x AS y, r, true AS outgoing, g,
                     """ + TrustRows.VISIBLE_GROUP_SIZE + """
             AS size
            }
            RETURN\s""" + TrustRows.COLUMNS);

    /** Both counts come from the count store (no scan); any write that adds or deletes a trust fact moves them. */
    static final String FINGERPRINT = """
            CALL () { MATCH (o:Organisation) RETURN count(o) AS organisations }
            CALL () { MATCH ()-[r:COLLABORATES_WITH]->() RETURN count(r) AS collaborations }
            CALL () { MATCH ()-[r:SUPPORTED_BY]->() RETURN count(r) AS supports }
            CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS members }
            CALL () { MATCH ()-[r:PARTNER_IN]->() RETURN count(r) AS partners }
            CALL () { MATCH ()-[r:SHARES]->() RETURN count(r) AS shares }
            RETURN organisations, collaborations + supports + members + partners + shares AS relationships
            """;

    private Graph graph;

    protected Neo4jTrustGraphRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jTrustGraphRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public TrustGraphSnapshot load(Viewer viewer) {
        return graph.read(tx -> load(tx, viewer));
    }

    @Override
    public Fingerprint fingerprint() {
        return graph.read(tx -> {
            var r = tx.run(FINGERPRINT).single();
            return new Fingerprint(r.get("organisations").asLong(), r.get("relationships").asLong());
        });
    }

    /** The same load inside a caller's read transaction (the benchmark uses it with its own driver). */
    public static TrustGraphSnapshot load(TransactionContext tx, Viewer viewer) {
        var builder = TrustGraphSnapshot.builder();
        var result = tx.run(SNAPSHOT, VisibilityRule.with(Map.of(), viewer));
        while (result.hasNext()) {
            TrustRows.add(builder, result.next());
        }
        return builder.build();
    }
}
