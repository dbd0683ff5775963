package org.thirdsectoratlas.programmes.infrastructure.graph;

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
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.programmes.domain.Grant;
import org.thirdsectoratlas.programmes.domain.Party;
import org.thirdsectoratlas.programmes.domain.Programme;
import org.thirdsectoratlas.programmes.domain.ProgrammeFilter;
import org.thirdsectoratlas.programmes.domain.ProgrammeRepository;
import org.thirdsectoratlas.programmes.domain.ProgrammeSummary;
import org.thirdsectoratlas.shared.domain.Link;
import org.thirdsectoratlas.shared.infrastructure.GraphRows;
import org.thirdsectoratlas.shared.infrastructure.ListQuery;
import org.thirdsectoratlas.shared.infrastructure.Neo4jDirectoryRepository;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jProgrammeRepository extends Neo4jDirectoryRepository<Programme, ProgrammeSummary, ProgrammeFilter>
        implements ProgrammeRepository {

    /** A runner, participant or funder: an organisation or a network, as a map the Party is built from. */
    private static final String PARTY = """
            x {.id, .name, kind: coalesce(x.kind, x.formality),
               type: CASE WHEN x:Network THEN 'NETWORK' ELSE 'ORGANISATION' END, tie: properties(r)}""";

    /**
     * Every party and its tie pass the privacy rule for $viewer (a tie's owner is the party that recorded it).
     * Grants are FUNDS between two organisations carrying the programme's id (indexed, graph-seed/schema): both
     * organisations and the grant must be visible; the first GRANTS_LISTED, newest award first, are projected.
     */
    static final String FIND_BY_ID = VisibilityRule.expand("""
            MATCH (p:Programme {id: $id})
            WHERE p.retired IS NULL AND VISIBLE(p, p)
            CALL (p) {
              MATCH (f:Organisation)-[g:FUNDS]->(r:Organisation)
              WHERE g.programmeId = p.id AND coalesce(g.status, '') <> 'WITHDRAWN'
                AND f.retired IS NULL AND r.retired IS NULL
                AND VISIBLE(f, f) AND VISIBLE(r, r) AND VISIBLE(g, f, r)
              WITH f, g, r ORDER BY g.awardDate DESC, g.grantId
              WITH collect({f: f, g: g, r: r}) AS found
              RETURN size(found) AS grantsTotal,
                     [x IN found[0..%d] | {funder: {id: x.f.id, name: x.f.name, kind: x.f.kind},
                                         recipient: {id: x.r.id, name: x.r.name, kind: x.r.kind},
                                         grant: properties(x.g)}] AS grants
            }
            RETURN properties(p) AS programme,
                   COLLECT {
                     MATCH (p)<-[r:RUNS]-(x:Organisation|Network)
                     WHERE coalesce(r.status, '') <> 'WITHDRAWN' AND x.retired IS NULL AND VISIBLE(x, x) AND VISIBLE(r, x)
                     RETURN %s ORDER BY x.name, x.id
                   } AS runBy,
                   COLLECT {
                     MATCH (p)<-[r:PARTICIPATES_IN]-(x:Organisation|Network)
                     WHERE coalesce(r.status, '') <> 'WITHDRAWN' AND x.retired IS NULL AND VISIBLE(x, x) AND VISIBLE(r, x)
                     RETURN %s ORDER BY x.name, x.id
                   } AS participants,
                   COLLECT {
                     MATCH (p)<-[r:FUNDS]-(x:Organisation)
                     WHERE coalesce(r.status, '') <> 'WITHDRAWN' AND x.retired IS NULL AND VISIBLE(x, x) AND VISIBLE(r, x)
                     RETURN %s ORDER BY x.name, x.id
                   } AS funders,
                   grants, grantsTotal
            """.formatted(Programme.GRANTS_LISTED, PARTY, PARTY, PARTY));

    static final String ALL = """
            MATCH (p:Programme)
            WITH p, 0.0 AS score
            """;

    static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
            WITH node AS p, score WHERE p:Programme
            """;

    static final String FILTERS = VisibilityRule.expand("""
            WITH p, score
            WHERE p.retired IS NULL AND p.name IS NOT NULL AND VISIBLE(p, p)
            """);

    /** Counts only what the viewer may see: a count must not reveal a hidden tie or grant. */
    static final String PAGE = VisibilityRule.expand("""
            WITH p, score ORDER BY score DESC, p.name, p.id SKIP $skip LIMIT $limit
            RETURN p.id AS id, p.name AS name,
                   COUNT { (p)<-[r:RUNS]-(x:Organisation|Network)
                           WHERE coalesce(r.status, '') <> 'WITHDRAWN' AND x.retired IS NULL
                             AND VISIBLE(x, x) AND VISIBLE(r, x) } AS runBy,
                   COUNT { (p)<-[r:PARTICIPATES_IN]-(x:Organisation|Network)
                           WHERE coalesce(r.status, '') <> 'WITHDRAWN' AND x.retired IS NULL
                             AND VISIBLE(x, x) AND VISIBLE(r, x) } AS participants,
                   COUNT { (f:Organisation)-[g:FUNDS]->(r:Organisation)
                           WHERE g.programmeId = p.id AND coalesce(g.status, '') <> 'WITHDRAWN'
                             AND f.retired IS NULL AND r.retired IS NULL
                             AND VISIBLE(f, f) AND VISIBLE(r, r) AND VISIBLE(g, f, r) } AS grants
            """);

    static final String COUNT = "RETURN count(p) AS total";

    static final ListQuery LIST = new ListQuery(ALL, SEARCH, FILTERS, PAGE, COUNT);

    protected Neo4jProgrammeRepository() {
        super(null, null, null, null, null); // for CDI proxies
    }

    @Inject
    public Neo4jProgrammeRepository(Graph graph) {
        super(graph, FIND_BY_ID, Neo4jProgrammeRepository::toProgramme, LIST, Neo4jProgrammeRepository::toSummary);
    }

    @Override
    protected Map<String, Object> params(ProgrammeFilter filter) {
        return ListQuery.params();
    }

    @Override
    protected String words(ProgrammeFilter filter) {
        return filter.text();
    }

    private static ProgrammeSummary toSummary(Record r) {
        return new ProgrammeSummary(text(r, "id"), text(r, "name"), GraphRows.count(r, "runBy"),
                GraphRows.count(r, "participants"), GraphRows.count(r, "grants"));
    }

    private static Programme toProgramme(Record record) {
        Value p = record.get("programme");
        return new Programme(text(p, "id"), text(p, "name"), texts(p, "aliases"), text(p, "description"),
                parties(record, "runBy"), parties(record, "participants"), parties(record, "funders"),
                record.get("grants").asList(Neo4jProgrammeRepository::grant),
                GraphRows.count(record, "grantsTotal"), nodeProvenance(p));
    }

    private static List<Party> parties(Record record, String key) {
        return record.get(key).asList(v -> {
            Value tie = v.get("tie");
            String role = text(tie, "role");
            return new Party(text(v, "id"), text(v, "name"), text(v, "type"), text(v, "kind"),
                    role != null ? role : text(tie, "statedAs"), provenance(tie));
        });
    }

    private static Grant grant(Value v) {
        Value g = v.get("grant");
        return new Grant(text(g, "grantId"), text(g, "title"), GraphRows.decimal(g, "amount"), text(g, "currency"),
                text(g, "awardDate"), party(v.get("funder")), party(v.get("recipient")), provenance(g));
    }

    private static Link party(Value organisation) {
        return new Link(text(organisation, "id"), text(organisation, "name"), text(organisation, "kind"), null, null);
    }
}
