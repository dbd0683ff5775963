package org.thirdsectoratlas.trust;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.testing.TestGraph;

/** Builds small trust graphs by hand (after {@link TestGraph#wipe()}), with parameterised Cypher. */
public final class TrustFixture {

    public static final LocalDate DEFAULT_DATE = LocalDate.of(2024, 1, 1);

    private final Graph graph = TestGraph.graph();

    public static TrustFixture empty() {
        TestGraph.wipe();
        return new TrustFixture();
    }

    /** Leaves the Leeds seed alone in the graph again (a hand-built graph must not linger for other classes). */
    public static void restoreLeeds() {
        TestGraph.wipe();
        TestGraph.seeded();
    }

    public TrustFixture orgs(String... ids) {
        graph.write(tx -> tx.run("UNWIND $ids AS id CREATE (:Organisation {id: id, name: toUpper(id)})",
                Map.of("ids", List.of(ids))).consume());
        return this;
    }

    public TrustFixture retire(String id) {
        graph.write(tx -> tx.run("MATCH (o:Organisation {id: $id}) SET o.retired = true", Map.of("id", id)).consume());
        return this;
    }

    public TrustFixture collab(String a, String b) {
        return collab(a, b, null, "CONFIRMED", DEFAULT_DATE);
    }

    public TrustFixture collab(String a, String b, String formality, String status, LocalDate date) {
        return tie("COLLABORATES_WITH", a, b, formality, status, date);
    }

    public TrustFixture supportedBy(String org, String infrastructure) {
        return tie("SUPPORTED_BY", org, infrastructure, null, "CONFIRMED", DEFAULT_DATE);
    }

    private TrustFixture tie(String type, String a, String b, String formality, String status, LocalDate date) {
        Map<String, Object> p = new HashMap<>();
        p.put("a", a);
        p.put("b", b);
        p.put("formality", formality);
        p.put("status", status);
        p.put("date", date);
        graph.write(tx -> tx.run("MATCH (a:Organisation {id: $a}), (b:Organisation {id: $b}) "
                + "CREATE (a)-[:" + type + " {kind: 'SERVICE', formality: $formality, status: $status, "
                + "lastConfirmed: $date}]->(b)", p).consume());
        return this;
    }

    /** A group: label Network, Consortium or Resource. */
    public TrustFixture group(String label, String id, String formality) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("formality", formality);
        graph.write(tx -> tx.run("CREATE (g:" + label + " {id: $id, name: $id + ' group', formality: $formality})", p)
                .consume());
        return this;
    }

    public TrustFixture member(String org, String group) {
        return member(org, group, "CONFIRMED", DEFAULT_DATE);
    }

    public TrustFixture member(String org, String group, String status, LocalDate date) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", org);
        p.put("group", group);
        p.put("status", status);
        p.put("date", date);
        String type = graph.read(tx -> tx.run("""
                MATCH (g {id: $group})
                RETURN CASE WHEN g:Network THEN 'MEMBER_OF' WHEN g:Consortium THEN 'PARTNER_IN' ELSE 'SHARES' END AS t
                """, Map.of("group", group)).single().get("t").asString());
        graph.write(tx -> tx.run("MATCH (o:Organisation {id: $org}), (g {id: $group}) "
                + "CREATE (o)-[:" + type + " {status: $status, lastConfirmed: $date}]->(g)", p).consume());
        return this;
    }

    /** {@code size} new member organisations {@code prefix-0..} of a network, all confirmed. */
    public TrustFixture bigNetwork(String id, String prefix, int size) {
        group("Network", id, null);
        graph.write(tx -> tx.run("""
                MATCH (g:Network {id: $id})
                UNWIND range(0, $size - 1) AS i
                CREATE (:Organisation {id: $prefix + '-' + i, name: $prefix + ' ' + i})
                       -[:MEMBER_OF {status: 'CONFIRMED', lastConfirmed: date('2024-01-01')}]->(g)
                """, Map.of("id", id, "prefix", prefix, "size", size)).consume());
        return this;
    }

    /** Many ties in one transaction: rows of a, b, formality, status, date. */
    public TrustFixture collabs(List<Map<String, Object>> rows) {
        graph.write(tx -> tx.run("""
                UNWIND $rows AS row
                MATCH (a:Organisation {id: row.a}), (b:Organisation {id: row.b})
                CREATE (a)-[:COLLABORATES_WITH {kind: 'SERVICE', formality: row.formality, status: row.status,
                                                lastConfirmed: row.date}]->(b)
                """, Map.of("rows", rows)).consume());
        return this;
    }

    public TrustFixture run(String cypher) {
        graph.write(tx -> tx.run(cypher).consume());
        return this;
    }

    public Graph graph() {
        return graph;
    }
}
