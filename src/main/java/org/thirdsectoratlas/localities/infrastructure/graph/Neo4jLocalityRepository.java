package org.thirdsectoratlas.localities.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphRows.links;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.nodeProvenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.localities.domain.Locality;
import org.thirdsectoratlas.localities.domain.LocalityKind;
import org.thirdsectoratlas.localities.domain.LocalityRepository;
import org.thirdsectoratlas.localities.domain.LocalitySummary;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.infrastructure.GraphRows;
import org.thirdsectoratlas.shared.infrastructure.Neo4jDirectoryRepository;
import org.thirdsectoratlas.shared.infrastructure.ListQuery;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jLocalityRepository extends Neo4jDirectoryRepository<Locality, LocalitySummary, LocalityKind>
        implements LocalityRepository {

    static final String FIND_BY_ID = VisibilityRule.expand("""
            MATCH (l:Locality {id: $id})
            WHERE l.retired IS NULL
            RETURN properties(l) AS locality,
                   COLLECT {
                     MATCH (l)-[p:PART_OF]->(up:Locality) RETURN up {.id, .name, .kind, tie: properties(p)} ORDER BY up.name
                   } AS partOf,
                   COLLECT {
                     MATCH (l)<-[p:PART_OF]-(down:Locality)
                     RETURN down {.id, .name, .kind, tie: properties(p)} ORDER BY down.name
                   } AS places,
                   COLLECT {
                     MATCH (l)<-[w:OPERATES_IN]-(o:Organisation)
                     WHERE coalesce(w.status, '') <> 'WITHDRAWN' AND o.retired IS NULL AND VISIBLE(o, o) AND VISIBLE(w, o)
                     RETURN o {.id, .name, .kind, tie: properties(w)} ORDER BY o.name
                   } AS organisations,
                   COLLECT {
                     MATCH (l)<-[w:OPERATES_IN]-(n:Network)
                     WHERE coalesce(w.status, '') <> 'WITHDRAWN' AND n.retired IS NULL AND VISIBLE(w, n)
                     RETURN n {.id, .name, kind: n.formality, tie: properties(w)} ORDER BY n.name
                   } AS networks
            """);

    static final String MATCH = """
            MATCH (l:Locality)
            WHERE l.retired IS NULL AND ($kind IS NULL OR l.kind = $kind)
            """;

    /** Only organisations and networks the viewer may see are counted. */
    static final String PAGE = VisibilityRule.expand("""
            WITH l ORDER BY l.name, l.id SKIP $skip LIMIT $limit
            RETURN l.id AS id, l.name AS name, l.kind AS kind,
                   COUNT { (l)<-[w:OPERATES_IN]-(o:Organisation)
                           WHERE coalesce(w.status, '') <> 'WITHDRAWN' AND VISIBLE(o, o) AND VISIBLE(w, o) } AS organisations,
                   COUNT { (l)<-[w:OPERATES_IN]-(n:Network) WHERE coalesce(w.status, '') <> 'WITHDRAWN' AND VISIBLE(w, n) }
                     AS networks
            """);

    static final String COUNT = "RETURN count(l) AS total";

    static final ListQuery LIST = ListQuery.of(MATCH, PAGE, COUNT);

    protected Neo4jLocalityRepository() {
        super(null, null, null, null, null); // for CDI proxies
    }

    @Inject
    public Neo4jLocalityRepository(Graph graph) {
        super(graph, FIND_BY_ID, Neo4jLocalityRepository::toLocality, LIST, Neo4jLocalityRepository::toSummary);
    }

    @Override
    protected Map<String, Object> params(LocalityKind kind) {
        return ListQuery.params("kind", kind);
    }

    private static LocalitySummary toSummary(Record r) {
        return new LocalitySummary(text(r, "id"), text(r, "name"), text(r, "kind"), GraphRows.count(r, "organisations"),
                GraphRows.count(r, "networks"));
    }

    private static Locality toLocality(Record record) {
        Value l = record.get("locality");
        return new Locality(text(l, "id"), text(l, "name"), text(l, "kind"), links(record, "partOf"),
                links(record, "places"), links(record, "organisations"), links(record, "networks"), nodeProvenance(l));
    }
}
