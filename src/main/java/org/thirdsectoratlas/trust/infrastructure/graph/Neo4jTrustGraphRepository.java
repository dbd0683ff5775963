package org.thirdsectoratlas.trust.infrastructure.graph;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.TransactionContext;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.trust.domain.Tier;
import org.thirdsectoratlas.trust.domain.TrustGraphRepository;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

/**
 * Loads the whole trust graph into arrays with one read query, streamed row by row: every live organisation, tie
 * and membership with its privacy tier (callers are filtered in memory by the same rule: trust/domain/Sight).
 */
@ApplicationScoped
public class Neo4jTrustGraphRepository implements TrustGraphRepository {

    /**
     * Every live tie once (direct ties from their start node) and every live membership with its group's whole
     * size, each with its privacy tier and its organisations' tiers: the held graph keeps every fact, and each
     * caller's Sight filters them by the privacy rule. A group's size is counted once per group.
     */
    public static final String SNAPSHOT = """
            MATCH (x:Organisation)-[r:COLLABORATES_WITH|SUPPORTED_BY]->(y:Organisation)
            WHERE x.retired IS NULL AND y.retired IS NULL AND coalesce(r.status, 'CLAIMED') <> 'WITHDRAWN'
            WITH x, y, r, 'TIE' AS row, true AS outgoing, null AS g, 0 AS size
            RETURN\s""" + TrustRows.COLUMNS + """

            UNION ALL
            MATCH (g:Network|Consortium|Resource)
            WITH g, COUNT { (g)<-[:MEMBER_OF|PARTNER_IN|SHARES]-() } AS size
            MATCH (g)<-[r:MEMBER_OF|PARTNER_IN|SHARES]-(x:Organisation)
            WHERE x.retired IS NULL AND coalesce(r.status, 'CLAIMED') <> 'WITHDRAWN'
            WITH x, x AS y, r, g, size, 'MEMBERSHIP' AS row, true AS outgoing
            RETURN\s""" + TrustRows.COLUMNS;

    /**
     * Every membership that counts towards a group's size but not for everyone (it or its member is not PUBLIC;
     * withdrawn and retired ones too, as TrustRows.VISIBLE_GROUP_SIZE counts them): its owner, the member, sees it.
     */
    static final String HIDDEN_MEMBERSHIPS = """
            MATCH (g:Network|Consortium|Resource)<-[m:MEMBER_OF|PARTNER_IN|SHARES]-(x)
            WHERE coalesce(m.visibility, 'PUBLIC') <> 'PUBLIC' OR coalesce(x.visibility, 'PUBLIC') <> 'PUBLIC'
            RETURN g.id AS groupId, x.id AS owner, m.visibility AS membership, x.visibility AS member
            """;

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
    public TrustGraphSnapshot load() {
        return graph.readLong(Neo4jTrustGraphRepository::load);
    }

    @Override
    public Fingerprint fingerprint() {
        return graph.read(tx -> {
            var r = tx.run(FINGERPRINT).single();
            return new Fingerprint(r.get("organisations").asLong(), r.get("relationships").asLong());
        });
    }

    /** The same load inside a caller's read transaction (the benchmark uses it with its own driver). */
    public static TrustGraphSnapshot load(TransactionContext tx) {
        var builder = TrustGraphSnapshot.builder();
        var result = tx.run(SNAPSHOT);
        while (result.hasNext()) {
            TrustRows.add(builder, result.next());
        }
        tx.run(HIDDEN_MEMBERSHIPS).forEachRemaining(r -> builder.hiddenMembership(r.get("groupId").asString(),
                r.get("owner").asString(null), Tier.stricter(Tier.parse(text(r, "membership")),
                        Tier.parse(text(r, "member")))));
        return builder.build();
    }
}
