package org.thirdsectoratlas.resources.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphRows.links;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.nodeProvenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.resources.domain.Resource;
import org.thirdsectoratlas.resources.domain.ResourceKind;
import org.thirdsectoratlas.resources.domain.ResourceRepository;
import org.thirdsectoratlas.resources.domain.ResourceSummary;
import org.thirdsectoratlas.shared.infrastructure.GraphRows;
import org.thirdsectoratlas.shared.infrastructure.Neo4jDirectoryRepository;
import org.thirdsectoratlas.shared.infrastructure.ListQuery;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jResourceRepository extends Neo4jDirectoryRepository<Resource, ResourceSummary, ResourceKind>
        implements ResourceRepository {

    static final String FIND_BY_ID = VisibilityRule.expand("""
            MATCH (r:Resource {id: $id})
            WHERE r.retired IS NULL
            RETURN properties(r) AS resource,
                   COLLECT {
                     MATCH (r)<-[s:SHARES]-(x:Organisation|Network)
                     WHERE coalesce(s.status, '') <> 'WITHDRAWN' AND x.retired IS NULL AND VISIBLE(x, x) AND VISIBLE(s, x)
                     RETURN x {.id, .name, kind: labels(x)[0], tie: properties(s)} ORDER BY x.name
                   } AS sharedBy
            """);

    static final String MATCH = """
            MATCH (r:Resource)
            WHERE r.retired IS NULL AND ($kind IS NULL OR r.kind = $kind)
            """;

    /** Only sharers the viewer may see are counted. */
    static final String PAGE = VisibilityRule.expand("""
            WITH r ORDER BY r.name, r.id SKIP $skip LIMIT $limit
            RETURN r.id AS id, r.name AS name, r.kind AS kind,
                   COUNT { (r)<-[s:SHARES]-(x) WHERE coalesce(s.status, '') <> 'WITHDRAWN' AND VISIBLE(x, x) AND VISIBLE(s, x) }
                     AS sharers
            """);

    static final String COUNT = "RETURN count(r) AS total";

    static final ListQuery LIST = ListQuery.of(MATCH, PAGE, COUNT);

    protected Neo4jResourceRepository() {
        super(null, null, null, null, null); // for CDI proxies
    }

    @Inject
    public Neo4jResourceRepository(Graph graph) {
        super(graph, FIND_BY_ID, Neo4jResourceRepository::toResource, LIST, Neo4jResourceRepository::toSummary);
    }

    @Override
    protected Map<String, Object> params(ResourceKind kind) {
        return ListQuery.params("kind", kind);
    }

    private static ResourceSummary toSummary(Record r) {
        return new ResourceSummary(text(r, "id"), text(r, "name"), text(r, "kind"), GraphRows.count(r, "sharers"));
    }

    private static Resource toResource(Record record) {
        Value r = record.get("resource");
        return new Resource(text(r, "id"), text(r, "name"), text(r, "kind"), text(r, "description"),
                links(record, "sharedBy"), nodeProvenance(r));
    }
}
