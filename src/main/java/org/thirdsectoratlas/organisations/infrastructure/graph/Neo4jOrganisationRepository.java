package org.thirdsectoratlas.organisations.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphRows.flag;
import static org.thirdsectoratlas.shared.infrastructure.GraphRows.links;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.nodeProvenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.provenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.organisations.domain.Collaboration;
import org.thirdsectoratlas.organisations.domain.Collaborators;
import org.thirdsectoratlas.organisations.domain.CommunitySupport;
import org.thirdsectoratlas.organisations.domain.ConsortiumPartnership;
import org.thirdsectoratlas.organisations.domain.NetworkMembership;
import org.thirdsectoratlas.organisations.domain.Organisation;
import org.thirdsectoratlas.organisations.domain.OrganisationFilter;
import org.thirdsectoratlas.organisations.domain.OrganisationRepository;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.organisations.domain.GrantLine;
import org.thirdsectoratlas.organisations.domain.ProgrammeRole;
import org.thirdsectoratlas.organisations.domain.VersionedOrganisation;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.FullText;
import org.thirdsectoratlas.shared.infrastructure.GraphRows;
import org.thirdsectoratlas.shared.infrastructure.Neo4jDirectoryRepository;
import org.thirdsectoratlas.shared.infrastructure.ListQuery;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jOrganisationRepository extends Neo4jDirectoryRepository<Organisation, OrganisationSummary, OrganisationFilter>
        implements OrganisationRepository {

    /**
     * Every fact passes the privacy rule for $viewer: the organisation, each tie and each organisation at its end.
     * Infrastructure support is capped at $listed entries per direction (an infrastructure body can support
     * thousands): one pass keeps node references only, sorts them, counts them and projects properties for the
     * first $listed, so the answer and its ties' provenance stay small whatever the hub's degree. PUBLIC(node, tie)
     * settles the common case (both public) before the full privacy rule, which the planner otherwise evaluates
     * row by row as semi-applies: half the db hits of a hub's lookup (docs/performance.md).
     */
    static final String FIND_BY_ID = SupportTies.expand("""
            MATCH (o:Organisation {id: $id})
            WHERE o.retired IS NULL AND VISIBLE(o, o)
            CALL (o) {
              MATCH (o)-[s:SUPPORTED_BY]->(i:Organisation)
              WHERE coalesce(s.status, '') <> 'WITHDRAWN' AND i.retired IS NULL
              WITH o, i, s, PUBLIC(i, s) AS open WHERE open OR (VISIBLE(i, i) AND VISIBLE(s, o, i))
              WITH i, s ORDER BY i.name, i.id
              WITH collect({node: i, tie: s}) AS ties
              RETURN size(ties) AS supportedByTotal,
                     [r IN ties[0..$listed] | {id: r.node.id, name: r.node.name, kind: r.node.kind,
                                               tie: properties(r.tie)}] AS supportedBy
            }
            CALL (o) {
              MATCH (o)<-[s:SUPPORTED_BY]-(x:Organisation|Network)
              WHERE coalesce(s.status, '') <> 'WITHDRAWN' AND x.retired IS NULL
              WITH o, x, s, PUBLIC(x, s) AS open WHERE open OR (VISIBLE(x, x) AND VISIBLE(s, x, o))
              WITH x, s ORDER BY CASE WHEN x:Network THEN 0 ELSE 1 END, x.name, x.id
              WITH collect({node: x, tie: s}) AS ties
              RETURN size(ties) AS supportingTotal,
                     [r IN ties[0..$listed] | {id: r.node.id, name: r.node.name, kind: labels(r.node)[0],
                                               tie: properties(r.tie)}] AS supporting
            }
            RETURN properties(o) AS organisation,
                   COLLECT {
                     MATCH (o)-[m:MEMBER_OF]->(n:Network) WHERE coalesce(m.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(m, o)
                     RETURN n {.id, .name, .formality, tie: properties(m)} ORDER BY n.name
                   } AS networks,
                   COLLECT {
                     MATCH (o)-[p:PARTNER_IN]->(c:Consortium) WHERE coalesce(p.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(p, o)
                     RETURN c {.id, .name, .structure, tie: properties(p)} ORDER BY c.name
                   } AS consortia,
                   COLLECT {
                     MATCH (o)-[r:RUNS|PARTICIPATES_IN]->(g:Programme) WHERE coalesce(r.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(r, o)
                     RETURN g {.id, .name, relation: type(r), tie: properties(r)} ORDER BY g.name
                   } AS programmes,
                   COLLECT {
                     MATCH (o)-[c:COLLABORATES_WITH]-(x:Organisation)
                     WHERE coalesce(c.status, '') <> 'WITHDRAWN' AND x.retired IS NULL AND x <> o
                       AND VISIBLE(x, x) AND VISIBLE(c, o, x)
                     RETURN x {.id, .name, tie: properties(c)} ORDER BY x.name
                   } AS collaborations,
                   COLLECT {
                     MATCH (o)-[s:SHARES]->(r:Resource) WHERE coalesce(s.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(s, o)
                     RETURN r {.id, .name, .kind, tie: properties(s)} ORDER BY r.name
                   } AS resources,
                   COLLECT {
                     MATCH (o)-[s:SUPPORTS]->(c:Community) WHERE coalesce(s.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(s, o)
                     RETURN c {.id, .name, tie: properties(s)} ORDER BY c.name
                   } AS communities,
                   COLLECT {
                     MATCH (o)-[w:OPERATES_IN]->(l:Locality) WHERE coalesce(w.status, '') <> 'WITHDRAWN'
                       AND VISIBLE(w, o)
                     RETURN l {.id, .name, .kind, tie: properties(w)} ORDER BY l.name
                   } AS localities,
                   COLLECT {
                     MATCH (o)-[g:FUNDS]-(x:Organisation)
                     WHERE g.grantId IS NOT NULL AND coalesce(g.status, '') <> 'WITHDRAWN' AND x.retired IS NULL
                       AND x <> o AND VISIBLE(x, x) AND VISIBLE(g, o, x)
                     RETURN {direction: CASE WHEN startNode(g) = o THEN 'MADE' ELSE 'RECEIVED' END,
                             other: x {.id, .name}, tie: properties(g),
                             programme: COLLECT { MATCH (p:Programme {id: g.programmeId}) RETURN p.name }[0]}
                            AS grant
                     ORDER BY g.awardDate DESC, g.grantId
                   } AS grants,
                   supportedBy, supportedByTotal, supporting, supportingTotal
            """);

    /** Every organisation, before the filters; score 0 keeps the name order. */
    static final String ALL = """
            MATCH (o:Organisation)
            WITH o, 0.0 AS score
            """;

    /** Full-text matches; $q is a Lucene query built by FullText from the search words. */
    static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
            WITH node AS o, score WHERE o:Organisation
            """;

    /**
     * Each filter is skipped when its parameter is null; a locality includes the places within it. Only
     * organisations and ties the viewer may see count, so that a filter never reveals a hidden tie.
     */
    static final String FILTERS = VisibilityRule.expand("""
            WITH o, score
            WHERE o.retired IS NULL AND o.name IS NOT NULL AND VISIBLE(o, o)
              AND ($kind IS NULL OR o.kind = $kind)
              AND ($community IS NULL OR EXISTS {
                    MATCH (o)-[t:SUPPORTS]->(:Community {id: $community})
                    WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(t, o) })
              AND ($locality IS NULL OR EXISTS {
                    MATCH (o)-[t:OPERATES_IN]->(:Locality)-[:PART_OF*0..5]->(:Locality {id: $locality})
                    WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(t, o) })
              AND ($network IS NULL OR EXISTS {
                    MATCH (o)-[t:MEMBER_OF]->(:Network {id: $network})
                    WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(t, o) })
              AND ($consortium IS NULL OR EXISTS {
                    MATCH (o)-[t:PARTNER_IN]->(:Consortium {id: $consortium})
                    WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND VISIBLE(t, o) })
              AND ($supportedBy IS NULL OR EXISTS {
                    MATCH (o)-[t:SUPPORTED_BY]->(b:Organisation {id: $supportedBy})
                    WHERE coalesce(t.status, '') <> 'WITHDRAWN' AND b.retired IS NULL
                      AND VISIBLE(b, b) AND VISIBLE(t, o, b) })
            """);

    static final String PAGE = VisibilityRule.expand("""
            WITH o, score ORDER BY score DESC, o.name, o.id SKIP $skip LIMIT $limit
            RETURN o.id AS id, o.name AS name, o.kind AS kind,
                   COUNT { (o)-[m:MEMBER_OF]->(:Network) WHERE coalesce(m.status, '') <> 'WITHDRAWN' AND VISIBLE(m, o) }
                     AS networks,
                   COUNT { (o)-[p:PARTNER_IN]->(:Consortium) WHERE coalesce(p.status, '') <> 'WITHDRAWN' AND VISIBLE(p, o) }
                     AS consortia
            """);

    static final String COUNT = "RETURN count(o) AS total";

    /**
     * A text search: the index's best $window matches (Lucene hands them over best first), then the filters,
     * then one list from which the page is cut and the matches counted, so the index is read once per window.
     * The rows keep the index's order (score, then index order: one total order for every page).
     */
    static final String SEARCH_WINDOW = """
            CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: $window}) YIELD node
            WITH collect(node) AS hits
            CALL (hits) {
              UNWIND hits AS o
              WITH o, 0.0 AS score WHERE o:Organisation
            """;

    static final String SEARCH_PAGE = VisibilityRule.expand("""
              RETURN collect(o) AS matches
            }
            RETURN size(hits) AS hits, size(matches) AS total,
                   [o IN matches[$skip..($skip + $limit)] | o {
                     .id, .name, .kind,
                     networks: COUNT { (o)-[m:MEMBER_OF]->(:Network)
                                       WHERE coalesce(m.status, '') <> 'WITHDRAWN' AND VISIBLE(m, o) },
                     consortia: COUNT { (o)-[p:PARTNER_IN]->(:Consortium)
                                        WHERE coalesce(p.status, '') <> 'WITHDRAWN' AND VISIBLE(p, o) }
                   }] AS page
            """);

    /** Index matches read first for a text search; widened (x8) while a filtered page is short of them. */
    static final int SEARCH_WINDOW_SIZE = 1_000;
    static final long MAX_SEARCH_WINDOW = 4_096_000;

    static final ListQuery LIST = new ListQuery(ALL, SEARCH, FILTERS, PAGE, COUNT);

    private int searchWindow;

    protected Neo4jOrganisationRepository() {
        super(null, null, null, null, null); // for CDI proxies
    }

    @Inject
    public Neo4jOrganisationRepository(Graph graph) {
        this(graph, SEARCH_WINDOW_SIZE);
    }

    /** With another first search window: tests show the widening and the lower bound on a small graph. */
    public Neo4jOrganisationRepository(Graph graph, int searchWindow) {
        super(graph, FIND_BY_ID, Neo4jOrganisationRepository::toOrganisation, LIST,
                Neo4jOrganisationRepository::toSummary);
        this.searchWindow = searchWindow;
    }

    /** A search reads the full-text index in widening windows (below); a list without words, the list query. */
    @Override
    public Page<OrganisationSummary> list(OrganisationFilter filter, PageRequest request, Viewer viewer) {
        String q = FullText.query(filter.text());
        if (q != null) {
            return search(q, params(filter), request, viewer);
        }
        return super.list(filter, request, viewer);
    }

    @Override
    protected Map<String, Object> params(OrganisationFilter filter) {
        return ListQuery.params("kind", filter.kind(), "community", filter.community(),
                "locality", filter.locality(), "network", filter.network(), "consortium", filter.consortium(),
                "supportedBy", filter.supportedBy());
    }

    @Override
    protected String words(OrganisationFilter filter) {
        return filter.text();
    }

    private static OrganisationSummary toSummary(Record r) {
        return new OrganisationSummary(text(r, "id"), text(r, "name"), text(r, "kind"),
                GraphRows.count(r, "networks"), GraphRows.count(r, "consortia"));
    }

    /**
     * Reads the index's best matches in windows (1,000, then 8,000, ...) until the page is full or the index has
     * no more; the total counts the filtered matches within the last window read, a lower bound when the index
     * had more. No per-row work is done beyond the window's filters and the page's own counts.
     */
    private Page<OrganisationSummary> search(String q, Map<String, Object> filters, PageRequest request,
                                             Viewer viewer) {
        Map<String, Object> params = VisibilityRule.with(filters, viewer);
        params.put("q", q);
        params.put("skip", request.skip());
        params.put("limit", (long) request.size());
        long window = Math.max(searchWindow, request.skip() + request.size());
        while (true) {
            params.put("window", window);
            Record row = graph().read(tx -> tx.run(SEARCH_WINDOW + FILTERS + SEARCH_PAGE, params).list())
                    .stream().findFirst().orElse(null);
            long hits = row == null ? 0 : row.get("hits").asLong();
            long total = row == null ? 0 : row.get("total").asLong();
            boolean more = hits >= window;
            if (!more || total >= request.skip() + request.size() || window >= MAX_SEARCH_WINDOW) {
                List<OrganisationSummary> items = row == null ? List.of() : row.get("page").asList(o ->
                        new OrganisationSummary(text(o, "id"), text(o, "name"), text(o, "kind"),
                                o.get("networks").asLong(), o.get("consortia").asLong()));
                return new Page<>(items, request.page(), request.size(), total, more);
            }
            window *= 8;
        }
    }

    @Override
    public Optional<Collaborators> collaborators(String id, int membersPerNetwork, Viewer viewer) {
        return new CollaboratorQuery(graph()).run(id, membersPerNetwork, viewer);
    }

    @Override
    public Optional<Organisation> findById(String id, Viewer viewer) {
        return GraphRows.one(graph(), FIND_BY_ID, findParams(id, viewer), Neo4jOrganisationRepository::toOrganisation);
    }

    @Override
    public Optional<VersionedOrganisation> findVersioned(String id, Viewer viewer) {
        return GraphRows.one(graph(), FIND_BY_ID, findParams(id, viewer), r -> {
            Value version = r.get("organisation").get("version");
            return new VersionedOrganisation(toOrganisation(r), version.isNull() ? 0 : version.asLong());
        });
    }

    private static Map<String, Object> findParams(String id, Viewer viewer) {
        return VisibilityRule.with(Map.of("id", id, "listed", Organisation.SUPPORT_LISTED), viewer);
    }

    private static Organisation toOrganisation(Record record) {
        Value o = record.get("organisation");
        return new Organisation(
                text(o, "id"), text(o, "name"), text(o, "kind"), text(o, "status"), text(o, "description"),
                texts(o, "aliases"), texts(o, "identifiers"),
                record.get("networks").asList(n -> new NetworkMembership(text(n, "id"), text(n, "name"),
                        text(n, "formality"), text(n.get("tie"), "role"), provenance(n.get("tie")))),
                record.get("consortia").asList(c -> new ConsortiumPartnership(text(c, "id"), text(c, "name"),
                        text(c, "structure"), text(c.get("tie"), "role"), provenance(c.get("tie")))),
                record.get("programmes").asList(g -> new ProgrammeRole(text(g, "id"), text(g, "name"),
                        text(g, "relation"), text(g.get("tie"), "role"), provenance(g.get("tie")))),
                nodeProvenance(o),
                record.get("collaborations").asList(c -> new Collaboration(text(c, "id"), text(c, "name"),
                        text(c.get("tie"), "kind"), text(c.get("tie"), "formality"), text(c.get("tie"), "since"),
                        provenance(c.get("tie")))),
                links(record, "resources"),
                record.get("communities").asList(c -> new CommunitySupport(text(c, "id"), text(c, "name"),
                        flag(c.get("tie"), "primary"), text(c.get("tie"), "statedAs"), provenance(c.get("tie")))),
                links(record, "localities"),
                links(record, "supportedBy"),
                links(record, "supporting"),
                record.get("supportedByTotal").asLong(),
                record.get("supportingTotal").asLong(),
                record.get("grants").asList(g -> new GrantLine(text(g, "direction"), text(g.get("tie"), "grantId"),
                        text(g.get("tie"), "title"), text(g.get("other"), "id"), text(g.get("other"), "name"),
                        g.get("tie").get("amount").isNull() ? null : g.get("tie").get("amount").asDouble(),
                        text(g.get("tie"), "currency"), text(g.get("tie"), "awardDate"),
                        text(g.get("tie"), "programmeId"), text(g, "programme"), provenance(g.get("tie")))));
    }
}
