package org.thirdsectoratlas.communities.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphRows.flag;
import static org.thirdsectoratlas.shared.infrastructure.GraphRows.integer;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.nodeProvenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.provenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.texts;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.communities.domain.Community;
import org.thirdsectoratlas.communities.domain.CommunityRepository;
import org.thirdsectoratlas.communities.domain.CommunitySummary;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.infrastructure.GraphRows;
import org.thirdsectoratlas.shared.infrastructure.Neo4jDirectoryRepository;
import org.thirdsectoratlas.shared.infrastructure.ListQuery;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jCommunityRepository extends Neo4jDirectoryRepository<Community, CommunitySummary, Boolean>
        implements CommunityRepository {

    static final String FIND_BY_ID = VisibilityRule.expand("""
            MATCH (c:Community {id: $id})
            WHERE c.retired IS NULL
            RETURN properties(c) AS community,
                   COLLECT {
                     MATCH (c)<-[s:SUPPORTS]-(o:Organisation)
                     WHERE coalesce(s.status, '') <> 'WITHDRAWN' AND o.retired IS NULL AND VISIBLE(o, o) AND VISIBLE(s, o)
                     RETURN o {.id, .name, .kind, tie: properties(s)} ORDER BY o.name
                   } AS organisations,
                   COLLECT {
                     MATCH (c)<-[s:SUPPORTS]-(n:Network)
                     WHERE coalesce(s.status, '') <> 'WITHDRAWN' AND n.retired IS NULL AND VISIBLE(s, n)
                     RETURN n {.id, .name, kind: n.formality, tie: properties(s)} ORDER BY n.name
                   } AS networks
            """);

    static final String MATCH = """
            MATCH (c:Community)
            WHERE c.retired IS NULL AND ($surveyOnly IS NULL OR $surveyOnly = false OR c.surveyCategory = true)
            """;

    /** Only supporters the viewer may see are counted. */
    static final String PAGE = VisibilityRule.expand("""
            WITH c ORDER BY c.name, c.id SKIP $skip LIMIT $limit
            RETURN c.id AS id, c.name AS name, c.surveyPrimaryPercent AS primary,
                   c.surveyAdditionalPercent AS additional,
                   COUNT { (c)<-[s:SUPPORTS]-(o:Organisation)
                           WHERE coalesce(s.status, '') <> 'WITHDRAWN' AND VISIBLE(o, o) AND VISIBLE(s, o) } AS organisations,
                   COUNT { (c)<-[s:SUPPORTS]-(n:Network) WHERE coalesce(s.status, '') <> 'WITHDRAWN' AND VISIBLE(s, n) }
                     AS networks
            """);

    static final String COUNT = "RETURN count(c) AS total";

    static final ListQuery LIST = ListQuery.of(MATCH, PAGE, COUNT);

    protected Neo4jCommunityRepository() {
        super(null, null, null, null, null); // for CDI proxies
    }

    @Inject
    public Neo4jCommunityRepository(Graph graph) {
        super(graph, FIND_BY_ID, Neo4jCommunityRepository::toCommunity, LIST, Neo4jCommunityRepository::toSummary);
    }

    @Override
    protected Map<String, Object> params(Boolean surveyOnly) {
        return ListQuery.params("surveyOnly", surveyOnly);
    }

    private static CommunitySummary toSummary(Record r) {
        return new CommunitySummary(text(r, "id"), text(r, "name"), integer(r, "primary"), integer(r, "additional"),
                GraphRows.count(r, "organisations"), GraphRows.count(r, "networks"));
    }

    private static Community toCommunity(Record record) {
        Value c = record.get("community");
        return new Community(text(c, "id"), text(c, "name"), texts(c, "aliases"), flag(c, "surveyCategory"),
                integer(c, "surveyPrimaryPercent"), integer(c, "surveyAdditionalPercent"),
                supporters(record.get("organisations")), supporters(record.get("networks")), nodeProvenance(c));
    }

    private static List<Community.Supporter> supporters(Value list) {
        return list.asList(s -> new Community.Supporter(text(s, "id"), text(s, "name"), text(s, "kind"),
                flag(s.get("tie"), "primary"), text(s.get("tie"), "statedAs"), provenance(s.get("tie"))));
    }
}
