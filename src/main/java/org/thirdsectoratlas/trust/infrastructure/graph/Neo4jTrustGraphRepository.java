package org.thirdsectoratlas.trust.infrastructure.graph;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.TransactionContext;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;
import org.thirdsectoratlas.trust.domain.HiddenFacts;
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
     * each organisation, tie and membership passing the privacy rule for $viewer. A group's visible size is
     * counted once per group (not once per membership, which made the load quadratic in the size of big networks).
     */
    public static final String SNAPSHOT = VisibilityRule.expand("""
            MATCH (x:Organisation)-[r:COLLABORATES_WITH|SUPPORTED_BY]->(y:Organisation)
            WHERE x.retired IS NULL AND y.retired IS NULL AND coalesce(r.status, 'CLAIMED') <> 'WITHDRAWN'
              AND VISIBLE(x, x) AND VISIBLE(y, y) AND VISIBLE(r, x, y)
            WITH x, y, r, 'TIE' AS row, true AS outgoing, null AS g, 0 AS size
            RETURN\s""" + TrustRows.COLUMNS + """

            UNION ALL
            MATCH (g:Network|Consortium|Resource)
            WITH g, """ + TrustRows.VISIBLE_GROUP_SIZE + """
             AS size
            MATCH (g)<-[r:MEMBER_OF|PARTNER_IN|SHARES]-(x:Organisation)
            WHERE x.retired IS NULL AND coalesce(r.status, 'CLAIMED') <> 'WITHDRAWN' AND VISIBLE(x, x) AND VISIBLE(r, x)
            WITH x, x AS y, r, g, size, 'MEMBERSHIP' AS row, true AS outgoing
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

    /**
     * Every trust fact that is not PUBLIC, as its owners (an organisation; a tie's two ends; a membership's
     * member), then per owner with a PARTNERS fact its confirmed partners (a CONFIRMED collaboration, or both
     * CONFIRMED partners in one consortium), the partners the privacy rule lets see PARTNERS facts. It scans the
     * trust relationships' visibility, so it runs with the whole-graph load, never per request.
     */
    static final String HIDDEN_FACTS = """
            CALL () {
              MATCH (o:Organisation) WHERE coalesce(o.visibility, 'PUBLIC') <> 'PUBLIC'
              RETURN o.visibility = 'PARTNERS' AS shared, [o] AS owners
              UNION ALL
              MATCH (x:Organisation)-[r:COLLABORATES_WITH|SUPPORTED_BY]->(y:Organisation)
              WHERE coalesce(r.visibility, 'PUBLIC') <> 'PUBLIC'
              RETURN r.visibility = 'PARTNERS' AS shared, [x, y] AS owners
              UNION ALL
              MATCH (x)-[r:MEMBER_OF|PARTNER_IN|SHARES]->(:Network|Consortium|Resource)
              WHERE coalesce(r.visibility, 'PUBLIC') <> 'PUBLIC'
              RETURN r.visibility = 'PARTNERS' AS shared, [x] AS owners
            }
            UNWIND owners AS owner
            WITH owner, sum(CASE WHEN shared THEN 1 ELSE 0 END) > 0 AS shared
            RETURN owner.id AS id, CASE WHEN NOT shared THEN [] ELSE
                COLLECT { MATCH (owner)-[t:COLLABORATES_WITH]-(p:Organisation) WHERE t.status = 'CONFIRMED'
                          RETURN p.id }
              + COLLECT { MATCH (owner)-[a:PARTNER_IN]->(:Consortium)<-[b:PARTNER_IN]-(p:Organisation)
                          WHERE a.status = 'CONFIRMED' AND b.status = 'CONFIRMED' RETURN p.id } END AS partners
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
        return graph.readLong(tx -> load(tx, viewer));
    }

    @Override
    public Fingerprint fingerprint() {
        return graph.read(tx -> {
            var r = tx.run(FINGERPRINT).single();
            return new Fingerprint(r.get("organisations").asLong(), r.get("relationships").asLong());
        });
    }

    @Override
    public HiddenFacts hiddenFacts() {
        return graph.readLong(tx -> {
            boolean any = false;
            Set<String> organisations = new HashSet<>();
            var result = tx.run(HIDDEN_FACTS);
            while (result.hasNext()) {
                var row = result.next();
                any = true;
                if (!row.get("id").isNull()) {
                    organisations.add(row.get("id").asString());
                }
                row.get("partners").asList(v -> v.asString(null)).stream().filter(Objects::nonNull)
                        .forEach(organisations::add);
            }
            return new HiddenFacts(any, organisations);
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
