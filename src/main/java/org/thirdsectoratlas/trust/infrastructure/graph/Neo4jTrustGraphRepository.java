package org.thirdsectoratlas.trust.infrastructure.graph;


import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.TransactionContext;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.trust.domain.Tier;
import org.thirdsectoratlas.trust.domain.TrustGraphBuilder;
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

    /** The change log's counter (platform/graph ChangeSignal reads the same node). */
    static final String SEQUENCE = "OPTIONAL MATCH (k:ChangeCounter {id: 'changes'}) RETURN coalesce(k.next, 0) AS sequence";

    /**
     * The changes in a range of numbers with their subjects; an undo adds the subjects of the change it undid (it
     * deletes the organisations that change created).
     */
    static final String CHANGES = """
            MATCH (c:Change) WHERE c.sequence > $after AND c.sequence <= $upTo
            RETURN c.sequence AS sequence, c.action AS action, c.importId AS importId,
                   coalesce(c.organisationIds, []) + coalesce(c.createdOrganisations, []) AS subjects,
                   CASE WHEN c.action = 'UNDO' THEN COLLECT {
                     MATCH (u:Change) WHERE u.undoneWith = c.id
                     UNWIND coalesce(u.organisationIds, []) + coalesce(u.createdOrganisations, []) AS s
                     RETURN s
                   } ELSE [] END AS undone
            """;

    /** A node of a group label by id, through each label's unique constraint. */
    private static final String GROUP_BY_ID = """
            CALL (gid) {
              MATCH (g:Network {id: gid}) RETURN g
              UNION MATCH (g:Consortium {id: gid}) RETURN g
              UNION MATCH (g:Resource {id: gid}) RETURN g
            }""";

    /** The groups the subjects are (a group's own change) or have any membership of now, withdrawn too. */
    static final String GROUPS_NOW = """
            UNWIND $ids AS gid
            """ + GROUP_BY_ID + """

            RETURN g.id AS groupId
            UNION
            UNWIND $ids AS id
            CALL (id) {
              MATCH (x:Organisation {id: id}) RETURN x
              UNION MATCH (x:Network {id: id}) RETURN x
              UNION MATCH (x:Consortium {id: id}) RETURN x
            }
            MATCH (x)-[:MEMBER_OF|PARTNER_IN|SHARES]->(g:Network|Consortium|Resource)
            RETURN g.id AS groupId
            """;

    /** {@link #SNAPSHOT} for the subjects' direct ties and the groups' memberships only. */
    static final String FACTS = """
            UNWIND $ids AS id
            MATCH (:Organisation {id: id})-[t:COLLABORATES_WITH|SUPPORTED_BY]-(:Organisation)
            WITH DISTINCT t
            WITH startNode(t) AS x, endNode(t) AS y, t AS r
            WHERE x.retired IS NULL AND y.retired IS NULL AND coalesce(r.status, 'CLAIMED') <> 'WITHDRAWN'
            WITH x, y, r, 'TIE' AS row, true AS outgoing, null AS g, 0 AS size
            RETURN\s""" + TrustRows.COLUMNS + """

            UNION ALL
            UNWIND $groups AS gid
            """ + GROUP_BY_ID + """

            WITH g, COUNT { (g)<-[:MEMBER_OF|PARTNER_IN|SHARES]-() } AS size
            MATCH (g)<-[r:MEMBER_OF|PARTNER_IN|SHARES]-(x:Organisation)
            WHERE x.retired IS NULL AND coalesce(r.status, 'CLAIMED') <> 'WITHDRAWN'
            WITH x, x AS y, r, g, size, 'MEMBERSHIP' AS row, true AS outgoing
            RETURN\s""" + TrustRows.COLUMNS;

    /** The groups' whole sizes (a group whose every membership is withdrawn has no row in {@link #FACTS}). */
    static final String GROUP_SIZES = """
            UNWIND $groups AS gid
            """ + GROUP_BY_ID + """

            RETURN g.id AS groupId, COUNT { (g)<-[:MEMBER_OF|PARTNER_IN|SHARES]-() } AS size
            """;

    /** {@link #HIDDEN_MEMBERSHIPS} of the groups only. */
    static final String HIDDEN_OF_GROUPS = """
            UNWIND $groups AS gid
            """ + GROUP_BY_ID + """

            MATCH (g)<-[m:MEMBER_OF|PARTNER_IN|SHARES]-(x)
            WHERE coalesce(m.visibility, 'PUBLIC') <> 'PUBLIC' OR coalesce(x.visibility, 'PUBLIC') <> 'PUBLIC'
            RETURN g.id AS groupId, x.id AS owner, m.visibility AS membership, x.visibility AS member
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
    public Facts loadFacts() {
        return graph.readLong(tx -> {
            long sequence = sequence(tx);
            return new Facts(read(tx), sequence);
        });
    }

    @Override
    public long changeSequence() {
        return graph.read(Neo4jTrustGraphRepository::sequence);
    }

    private static long sequence(TransactionContext tx) {
        return tx.run(SEQUENCE).single().get("sequence").asLong();
    }

    @Override
    public Optional<Set<String>> subjectsOfChanges(long after, long upTo) {
        return graph.read(tx -> {
            Set<Long> numbers = new HashSet<>();
            Set<String> subjects = new HashSet<>();
            for (var r : tx.run(CHANGES, Map.of("after", after, "upTo", upTo)).list()) {
                if ("IMPORT".equals(text(r, "action")) || !r.get("importId").isNull()) {
                    return Optional.<Set<String>>empty();
                }
                numbers.add(r.get("sequence").asLong());
                subjects.addAll(r.get("subjects").asList(v -> v.asString()));
                subjects.addAll(r.get("undone").asList(v -> v.asString()));
            }
            return numbers.size() == upTo - after ? Optional.of(subjects) : Optional.<Set<String>>empty();
        });
    }

    @Override
    public void reread(TrustGraphBuilder facts, Set<String> subjects) {
        graph.read(tx -> {
            List<String> ids = List.copyOf(subjects);
            Set<String> groups = new HashSet<>(facts.groupsOf(subjects));
            tx.run(GROUPS_NOW, Map.of("ids", ids)).forEachRemaining(r -> groups.add(r.get("groupId").asString()));
            facts.forget(subjects, groups);
            Map<String, Object> parameters = Map.of("ids", ids, "groups", List.copyOf(groups));
            tx.run(FACTS, parameters).forEachRemaining(r -> TrustRows.add(facts, r));
            tx.run(GROUP_SIZES, parameters).forEachRemaining(r -> facts.groupSize(r.get("groupId").asString(),
                    r.get("size").asInt()));
            tx.run(HIDDEN_OF_GROUPS, parameters).forEachRemaining(r -> hidden(facts, r));
            return null;
        });
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
        return read(tx).build();
    }

    private static TrustGraphBuilder read(TransactionContext tx) {
        var builder = TrustGraphSnapshot.builder();
        var result = tx.run(SNAPSHOT);
        while (result.hasNext()) {
            TrustRows.add(builder, result.next());
        }
        tx.run(HIDDEN_MEMBERSHIPS).forEachRemaining(r -> hidden(builder, r));
        return builder;
    }

    private static void hidden(TrustGraphBuilder builder, org.neo4j.driver.Record r) {
        builder.hiddenMembership(r.get("groupId").asString(), r.get("owner").asString(null),
                Tier.stricter(Tier.parse(text(r, "membership")), Tier.parse(text(r, "member"))));
    }
}
