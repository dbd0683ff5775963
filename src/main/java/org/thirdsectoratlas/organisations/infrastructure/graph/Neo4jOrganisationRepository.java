package org.thirdsectoratlas.organisations.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphValues.provenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.texts;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.organisations.domain.ConsortiumPartnership;
import org.thirdsectoratlas.organisations.domain.NetworkMembership;
import org.thirdsectoratlas.organisations.domain.Organisation;
import org.thirdsectoratlas.organisations.domain.OrganisationRepository;
import org.thirdsectoratlas.organisations.domain.OrganisationSummary;
import org.thirdsectoratlas.organisations.domain.ProgrammeRole;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jOrganisationRepository implements OrganisationRepository {

    static final String FIND_BY_ID = """
            MATCH (o:Organisation {id: $id})
            WHERE o.retired IS NULL AND """ + VisibilityRule.visible("o", "o") + """

            RETURN properties(o) AS organisation,
                   COLLECT {
                     MATCH (o)-[m:MEMBER_OF]->(n:Network) WHERE coalesce(m.status, '') <> 'WITHDRAWN'
                       AND """ + VisibilityRule.visible("m", "o") + """

                     RETURN n {.id, .name, .formality, tie: properties(m)} ORDER BY n.name
                   } AS networks,
                   COLLECT {
                     MATCH (o)-[p:PARTNER_IN]->(c:Consortium) WHERE coalesce(p.status, '') <> 'WITHDRAWN'
                       AND """ + VisibilityRule.visible("p", "o") + """

                     RETURN c {.id, .name, .structure, tie: properties(p)} ORDER BY c.name
                   } AS consortia,
                   COLLECT {
                     MATCH (o)-[r:RUNS|PARTICIPATES_IN]->(g:Programme) WHERE coalesce(r.status, '') <> 'WITHDRAWN'
                       AND """ + VisibilityRule.visible("r", "o") + """

                     RETURN g {.id, .name, relation: type(r), tie: properties(r)} ORDER BY g.name
                   } AS programmes
            """;

    static final String LIST = """
            MATCH (o:Organisation)
            WHERE o.retired IS NULL AND o.name IS NOT NULL AND """ + VisibilityRule.visible("o", "o") + """

            WITH o ORDER BY o.name SKIP $skip LIMIT $limit
            RETURN o.id AS id, o.name AS name, o.kind AS kind,
                   COUNT { (o)-[:MEMBER_OF]->(:Network) } AS networks,
                   COUNT { (o)-[:PARTNER_IN]->(:Consortium) } AS consortia
            """;

    static final String COUNT = """
            MATCH (o:Organisation)
            WHERE o.retired IS NULL AND o.name IS NOT NULL AND """ + VisibilityRule.visible("o", "o") + """

            RETURN count(o) AS total
            """;

    private Graph graph;

    protected Neo4jOrganisationRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jOrganisationRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Optional<Organisation> findById(String id, Viewer viewer) {
        return graph.read(tx -> {
            var result = tx.run(FIND_BY_ID, VisibilityRule.with(Map.of("id", id), viewer));
            return result.hasNext() ? Optional.of(toOrganisation(result.single())) : Optional.empty();
        });
    }

    @Override
    public Page<OrganisationSummary> list(int page, int size, Viewer viewer) {
        return graph.read(tx -> {
            var items = tx.run(LIST, VisibilityRule.with(Map.of("skip", (long) page * size, "limit", size), viewer))
                    .list(r -> new OrganisationSummary(r.get("id").asString(), r.get("name").asString(),
                            text(r, "kind"),
                            r.get("networks").asLong(), r.get("consortia").asLong()));
            long total = tx.run(COUNT, VisibilityRule.with(Map.of(), viewer)).single().get("total").asLong();
            return new Page<>(items, page, size, total);
        });
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
                        text(g, "relation"), provenance(g.get("tie")))),
                provenance(o));
    }
}
