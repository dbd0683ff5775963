package org.thirdsectoratlas.consortia.readiness.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.consortia.readiness.domain.ChecklistItem;
import org.thirdsectoratlas.consortia.readiness.domain.ConsortiumFacts;
import org.thirdsectoratlas.consortia.readiness.domain.ReadinessRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;
import org.thirdsectoratlas.shared.infrastructure.GraphValues;

@ApplicationScoped
public class Neo4jReadinessRepository implements ReadinessRepository {

    /** Everything the checklist is held against, for one consortium, in one read: what $viewer may see. */
    static final String FACTS = VisibilityRule.expand("""
            MATCH (k:Consortium {id: $id})
            WHERE k.retired IS NULL
            OPTIONAL MATCH (k)-[:HAS_STRUCTURE]->(hs:ConsortiumStructure)
            OPTIONAL MATCH (ps:ConsortiumStructure {id: k.structure})
            WITH k, coalesce(hs, ps) AS s
            CALL (k) {
              OPTIONAL MATCH (o:Organisation)-[p:PARTNER_IN]->(k)
              WHERE coalesce(p.status, '') <> 'WITHDRAWN' AND o.retired IS NULL AND VISIBLE(o, o) AND VISIBLE(p, o)
              WITH o, p ORDER BY o.name
              RETURN collect(o {.id, .name, .kind, .sizeBand, role: p.role, confirmed: p.lastConfirmed}) AS partners,
                     collect(o) AS orgs
            }
            RETURN k.id AS id, k.name AS name, coalesce(k.structure, s.id) AS structure,
                   coalesce(s.roles, []) AS structureRoles, partners,
                   COLLECT {
                     MATCH (k)-[d:DELIVERS]->(c:Contract) WHERE coalesce(d.status, '') <> 'WITHDRAWN' AND VISIBLE(d, k)
                     RETURN c {.id, .name, .value} ORDER BY c.name
                   } AS contracts,
                   COLLECT {
                     UNWIND orgs AS a UNWIND orgs AS b
                     WITH a, b WHERE a.id < b.id
                     MATCH (a)-[t:COLLABORATES_WITH]-(b) WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(t, a, b)
                     RETURN a.name + ' collaborates with ' + b.name
                            + coalesce(' (' + toLower(t.formality) + ')', '') AS fact
                     UNION
                     UNWIND orgs AS a UNWIND orgs AS b
                     WITH a, b WHERE a.id < b.id
                     MATCH (a)-[m1:MEMBER_OF]->(n:Network)<-[m2:MEMBER_OF]-(b)
                     WHERE coalesce(m1.status, '') <> 'WITHDRAWN' AND coalesce(m2.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(m1, a) AND VISIBLE(m2, b)
                     RETURN a.name + ' and ' + b.name + ' are both members of ' + n.name AS fact
                   } AS priorTies,
                   COLLECT {
                     UNWIND orgs AS a UNWIND orgs AS b
                     WITH a, b WHERE a.id < b.id
                     MATCH (a)-[s1:SHARES]->(r:Resource)<-[s2:SHARES]-(b)
                     WHERE coalesce(s1.status, '') <> 'WITHDRAWN' AND coalesce(s2.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(s1, a) AND VISIBLE(s2, b)
                     RETURN a.name + ' and ' + b.name + ' share ' + r.name AS fact
                   } AS sharedResources,
                   COLLECT {
                     UNWIND orgs AS a UNWIND orgs AS b
                     WITH a, b WHERE a.id < b.id
                     MATCH (a)-[w1:SUPPORTS|OPERATES_IN]->(g)<-[w2:SUPPORTS|OPERATES_IN]-(b)
                     WHERE (g:Community OR g:Locality) AND VISIBLE(w1, a) AND VISIBLE(w2, b)
                     RETURN a.name + ' and ' + b.name + ' both work '
                            + CASE WHEN g:Community THEN 'with ' ELSE 'in ' END + g.name AS fact
                   } AS sharedGround,
                   COLLECT {
                     UNWIND orgs AS a
                     MATCH (a)-[t:SUPPORTED_BY]->(i:Organisation)
                     WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(i, i) AND VISIBLE(t, a, i)
                     RETURN a.name + ' is supported by ' + i.name AS fact
                     UNION
                     MATCH (k)-[t:SUPPORTED_BY]->(i:Organisation)
                     WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(i, i) AND VISIBLE(t, k, i)
                     RETURN k.name + ' is supported by ' + i.name AS fact
                   } AS infrastructureSupport
            """);

    static final String CHECKLIST = """
            MATCH (i:ChecklistItem)
            RETURN i {.id, .category, .stage, .audience, .position, .parent, .text, .evidence} AS item
            """;

    /** The research's order: success factors by stage, key learning by stage, key risks, recommendations. */
    private static final List<String> ORDER = List.of("SUCCESS_FACTOR", "BEFORE_BIDDING", "DURING_BIDDING",
            "RUNNING_A_SERVICE", "KEY_LEARNING", "FORMING", "CONTRACTING", "DELIVERY", "KEY_RISK", "RECOMMENDATION");

    private Graph graph;

    protected Neo4jReadinessRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jReadinessRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Optional<ConsortiumFacts> facts(String consortiumId, Viewer viewer) {
        return graph.read(tx -> {
            var result = tx.run(FACTS, VisibilityRule.with(Map.of("id", consortiumId), viewer));
            return result.hasNext() ? Optional.of(toFacts(result.single())) : Optional.empty();
        });
    }

    @Override
    public List<ChecklistItem> checklist() {
        return graph.read(tx -> tx.run(CHECKLIST).list(r -> toItem(r.get("item"))))
                .stream().sorted(Comparator.comparingInt((ChecklistItem i) -> rank(i.category()))
                        .thenComparingInt(i -> rank(i.stage())).thenComparingInt(ChecklistItem::position))
                .toList();
    }

    public static ChecklistItem toItem(Value i) {
        return new ChecklistItem(text(i, "id"), text(i, "category"), text(i, "stage"), text(i, "audience"),
                i.get("position").asInt(0), text(i, "parent"), text(i, "text"), text(i, "evidence"));
    }

    private static int rank(String word) {
        int index = word == null ? -1 : ORDER.indexOf(word);
        return index < 0 ? ORDER.size() : index;
    }

    private static ConsortiumFacts toFacts(Record r) {
        return new ConsortiumFacts(text(r, "id"), text(r, "name"), text(r, "structure"),
                words(r, "structureRoles"),
                r.get("partners").asList(p -> new ConsortiumFacts.Partner(text(p, "id"), text(p, "name"),
                        text(p, "kind"), text(p, "sizeBand"), text(p, "role"), GraphValues.date(p, "confirmed"))),
                r.get("contracts").asList(c -> new ConsortiumFacts.Contract(text(c, "id"), text(c, "name"),
                        c.get("value").isNull() ? null : c.get("value").asDouble())),
                words(r, "priorTies"), words(r, "sharedResources"), words(r, "sharedGround"),
                words(r, "infrastructureSupport"));
    }

    private static List<String> words(Record r, String key) {
        return r.get(key).asList(Value::asString);
    }
}
