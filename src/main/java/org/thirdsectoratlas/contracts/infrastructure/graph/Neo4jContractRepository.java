package org.thirdsectoratlas.contracts.infrastructure.graph;

import static org.thirdsectoratlas.shared.infrastructure.GraphRows.decimal;
import static org.thirdsectoratlas.shared.infrastructure.GraphRows.links;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.nodeProvenance;
import static org.thirdsectoratlas.shared.infrastructure.GraphValues.text;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.thirdsectoratlas.contracts.domain.Contract;
import org.thirdsectoratlas.contracts.domain.ContractRepository;
import org.thirdsectoratlas.contracts.domain.ContractSummary;
import org.thirdsectoratlas.platform.graph.Graph;
import org.thirdsectoratlas.shared.infrastructure.GraphRows;
import org.thirdsectoratlas.shared.infrastructure.Neo4jDirectoryRepository;
import org.thirdsectoratlas.shared.infrastructure.ListQuery;
import org.thirdsectoratlas.shared.infrastructure.VisibilityRule;

@ApplicationScoped
public class Neo4jContractRepository extends Neo4jDirectoryRepository<Contract, ContractSummary, String>
        implements ContractRepository {

    static final String FIND_BY_ID = VisibilityRule.expand("""
            MATCH (k:Contract {id: $id})
            WHERE k.retired IS NULL
            OPTIONAL MATCH (k)-[b:COMMISSIONED_BY]->(c:Organisation) WHERE VISIBLE(c, c) AND VISIBLE(b, c)
            WITH k, head(collect(c {.id, .name, .kind, tie: properties(b)})) AS commissioner
            RETURN properties(k) AS contract, commissioner,
                   COLLECT {
                     MATCH (k)<-[d:DELIVERS]-(x:Consortium|Organisation)
                     WHERE coalesce(d.status, '') <> 'WITHDRAWN' AND VISIBLE(x, x) AND VISIBLE(d, x)
                     RETURN x {.id, .name, kind: labels(x)[0], tie: properties(d)} ORDER BY x.name
                   } AS deliveredBy
            """);

    static final String MATCH = VisibilityRule.expand("""
            MATCH (k:Contract)
            WHERE k.retired IS NULL
              AND ($commissioner IS NULL OR EXISTS {
                    MATCH (k)-[b:COMMISSIONED_BY]->(c:Organisation {id: $commissioner}) WHERE VISIBLE(c, c) AND VISIBLE(b, c) })
            """);

    /** The commissioner and deliverers as the viewer may see them. */
    static final String PAGE = VisibilityRule.expand("""
            WITH k ORDER BY k.name, k.id SKIP $skip LIMIT $limit
            RETURN k.id AS id, k.name AS name, k.value AS value, k.startDate AS startDate, k.endDate AS endDate,
                   COLLECT { MATCH (k)-[b:COMMISSIONED_BY]->(c:Organisation) WHERE VISIBLE(c, c) AND VISIBLE(b, c)
                             RETURN c.name }[0] AS commissioner,
                   COUNT { (k)<-[d:DELIVERS]-(x) WHERE coalesce(d.status, '') <> 'WITHDRAWN' AND VISIBLE(x, x) AND VISIBLE(d, x) }
                     AS deliverers
            """);

    static final String COUNT = "RETURN count(k) AS total";

    static final ListQuery LIST = ListQuery.of(MATCH, PAGE, COUNT);

    protected Neo4jContractRepository() {
        super(null, null, null, null, null); // for CDI proxies
    }

    @Inject
    public Neo4jContractRepository(Graph graph) {
        super(graph, FIND_BY_ID, Neo4jContractRepository::toContract, LIST, Neo4jContractRepository::toSummary);
    }

    @Override
    protected Map<String, Object> params(String commissioner) {
        return ListQuery.params("commissioner", commissioner);
    }

    private static ContractSummary toSummary(Record r) {
        return new ContractSummary(text(r, "id"), text(r, "name"), decimal(r, "value"), text(r, "startDate"),
                text(r, "endDate"), text(r, "commissioner"), GraphRows.count(r, "deliverers"));
    }

    private static Contract toContract(Record record) {
        Value k = record.get("contract");
        return new Contract(text(k, "id"), text(k, "name"), text(k, "description"), decimal(k, "value"),
                text(k, "startDate"), text(k, "endDate"), GraphRows.optionalLink(record, "commissioner"),
                links(record, "deliveredBy"), nodeProvenance(k));
    }
}
