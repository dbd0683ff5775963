package org.thirdsectoratlas.pathways.infrastructure.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.pathways.domain.PathwayRepository;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

/**
 * What a pathway search asks the database: the names of ids the held trust graph does not know (an organisation
 * without ties of trust) and whether a group exists. The search itself walks the held graph (TrustGraphHolder).
 */
@ApplicationScoped
public class Neo4jPathwayRepository implements PathwayRepository {

    /** Organisations the viewer may not see are unknown to them. */
    static final String ORGANISATIONS = VisibilityRule.expand("""
            MATCH (o:Organisation) WHERE o.id IN $ids AND o.retired IS NULL AND VISIBLE(o, o)
            RETURN o.id AS id, o.name AS name
            """);

    static final String GROUP = """
            OPTIONAL MATCH (g:Network|Consortium|Resource {id: $id})
            RETURN g IS NOT NULL AS found LIMIT 1
            """;

    private Graph graph;

    protected Neo4jPathwayRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jPathwayRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Map<String, String> organisations(Collection<String> ids, Viewer viewer) {
        return graph.read(tx -> {
            Map<String, String> names = new HashMap<>();
            tx.run(ORGANISATIONS, VisibilityRule.with(Map.of("ids", List.copyOf(ids)), viewer))
                    .forEachRemaining(r -> names.put(r.get("id").asString(), r.get("name").asString(r.get("id")
                            .asString())));
            return names;
        });
    }

    @Override
    public boolean groupExists(String id) {
        return graph.read(tx -> tx.run(GROUP, Map.of("id", id)).single().get("found").asBoolean());
    }
}
