package org.thirdsectoratlas.editing.infrastructure.graph;

import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupChecks.checkName;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupChecks.checkNamed;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupChecks.checkNew;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupChecks.checkOrganisations;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupChecks.live;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupWrites.CREATE;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupWrites.SET_PARTIES;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupWrites.UPDATE;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupWrites.consortium;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupWrites.contract;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupWrites.distinct;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupWrites.network;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupWrites.status;
import static org.thirdsectoratlas.editing.infrastructure.graph.Neo4jGroupWrites.writeMembers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.editing.domain.ConsortiumDraft;
import org.thirdsectoratlas.editing.domain.ContractDraft;
import org.thirdsectoratlas.editing.domain.EditConflictException;
import org.thirdsectoratlas.editing.domain.EditableGroup;
import org.thirdsectoratlas.editing.domain.GroupDraft;
import org.thirdsectoratlas.editing.domain.GroupEditRepository;
import org.thirdsectoratlas.editing.domain.GroupType;
import org.thirdsectoratlas.editing.domain.NetworkDraft;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.platform.graph.Graph;

/**
 * Networks, consortia and contracts written the way organisations are: one write transaction that takes the
 * change counter, checks, snapshots, writes and records the change (so an undo restores it exactly). Members and
 * partners the caller speaks for are CONFIRMED; the others are CLAIMED with {@code invited = true}, so that the
 * named organisation's own members confirm them through the ties API.
 * The Cypher lives beside each concern: {@link Neo4jGroupReads}, {@link Neo4jGroupChecks}, {@link Neo4jGroupWrites}.
 */
@ApplicationScoped
public class Neo4jGroupEditRepository implements GroupEditRepository {

    private Graph graph;

    protected Neo4jGroupEditRepository() {
        // for CDI proxies
    }

    @Inject
    public Neo4jGroupEditRepository(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Optional<EditableGroup> find(GroupType type, String id) {
        return graph.read(tx -> Neo4jGroupReads.find(tx, type, id));
    }

    @Override
    public Set<String> speakers(GroupType type, String id) {
        return graph.read(tx -> Neo4jGroupReads.speakers(tx, type, id));
    }

    @Override
    public Set<String> deliverySpeakers(String deliveredBy) {
        return graph.read(tx -> Neo4jGroupReads.deliverySpeakers(tx, deliveredBy));
    }

    @Override
    public EditableGroup createNetwork(String id, NetworkDraft draft, Predicate<String> speaksFor, String user) {
        return create(GroupType.NETWORK, id, draft, network(draft), speaksFor, user);
    }

    @Override
    public EditableGroup updateNetwork(String id, long expectedVersion, NetworkDraft draft,
                                       Predicate<String> speaksFor, String user) {
        return update(GroupType.NETWORK, id, expectedVersion, draft, network(draft), speaksFor, user);
    }

    @Override
    public EditableGroup createConsortium(String id, ConsortiumDraft draft, Predicate<String> speaksFor, String user) {
        return create(GroupType.CONSORTIUM, id, draft, consortium(draft), speaksFor, user);
    }

    @Override
    public EditableGroup updateConsortium(String id, long expectedVersion, ConsortiumDraft draft,
                                          Predicate<String> speaksFor, String user) {
        return update(GroupType.CONSORTIUM, id, expectedVersion, draft, consortium(draft), speaksFor, user);
    }

    @Override
    public EditableGroup createContract(String id, ContractDraft draft, Predicate<String> speaksFor, String user) {
        Map<String, Object> properties = contract(draft);
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            checkNew(tx, GroupType.CONTRACT, id, draft.name());
            checkOrganisations(tx, "commissioner", List.of(draft.commissioner()));
            Set<String> deliverers = Neo4jGroupReads.deliverySpeakers(tx, draft.deliveredBy());
            Map<String, Object> parameters = new HashMap<>(Map.of("id", id, "commissioner", draft.commissioner(),
                    "deliverer", draft.deliveredBy(), "by", user));
            parameters.put("commissionerStatus", status(speaksFor.test(draft.commissioner())));
            parameters.put("delivererStatus", status(deliverers.stream().anyMatch(speaksFor)));
            List<String> subjects = distinct(List.of(id, draft.commissioner(), draft.deliveredBy()));
            ChangeLog.recorded(tx, sequence, "CREATE", user, subjects, List.of(id), () -> {
                tx.run(CREATE.formatted("Contract"), Map.of("id", id, "properties", properties, "by", user)).consume();
                tx.run(SET_PARTIES, parameters).consume();
            });
            return Neo4jGroupReads.find(tx, GroupType.CONTRACT, id).orElseThrow();
        });
    }

    @Override
    public EditableGroup updateContract(String id, long expectedVersion, ContractDraft draft, String user) {
        Map<String, Object> properties = contract(draft);
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            EditableGroup current = live(tx, GroupType.CONTRACT, id, expectedVersion);
            for (String party : List.of("commissioner", "deliveredBy")) {
                Object now = current.details().get(party);
                String wanted = party.equals("commissioner") ? draft.commissioner() : draft.deliveredBy();
                if (now != null && !now.equals(wanted)) {
                    throw new EditConflictException(party, "A contract's " + party + " is '" + now
                            + "' and stays so; record a new contract for other parties.");
                }
            }
            checkName(tx, GroupType.CONTRACT, id, draft.name());
            List<String> subjects = distinct(List.of(id, draft.commissioner(), draft.deliveredBy()));
            ChangeLog.recorded(tx, sequence, "UPDATE", user, subjects, List.of(), () -> tx.run(
                    UPDATE.formatted("Contract"), Map.of("id", id, "properties", properties, "by", user)).consume());
            return Neo4jGroupReads.find(tx, GroupType.CONTRACT, id).orElseThrow();
        });
    }

    private EditableGroup create(GroupType type, String id, GroupDraft draft, Map<String, Object> properties,
                                 Predicate<String> speaksFor, String user) {
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            checkNew(tx, type, id, draft.name());
            List<String> named = checkNamed(tx, draft);
            List<String> subjects = new ArrayList<>(List.of(id));
            subjects.addAll(named);
            ChangeLog.recorded(tx, sequence, "CREATE", user, subjects, List.of(id), () -> {
                tx.run(CREATE.formatted(type.label()), Map.of("id", id, "properties", properties, "by", user))
                        .consume();
                writeMembers(tx, type, id, draft, properties, speaksFor, user);
            });
            return Neo4jGroupReads.find(tx, type, id).orElseThrow();
        });
    }

    private EditableGroup update(GroupType type, String id, long expectedVersion, GroupDraft draft,
                                 Map<String, Object> properties, Predicate<String> speaksFor, String user) {
        return graph.write(tx -> {
            long sequence = ChangeLog.lock(tx);
            EditableGroup current = live(tx, type, id, expectedVersion);
            checkName(tx, type, id, draft.name());
            List<String> named = checkNamed(tx, draft);
            Set<String> subjects = new LinkedHashSet<>(List.of(id));
            current.ties().stream().filter(t -> !"WITHDRAWN".equals(t.status())).map(Tie::from).forEach(subjects::add);
            subjects.addAll(named);
            ChangeLog.recorded(tx, sequence, "UPDATE", user, List.copyOf(subjects), List.of(), () -> {
                tx.run(UPDATE.formatted(type.label()), Map.of("id", id, "properties", properties, "by", user))
                        .consume();
                writeMembers(tx, type, id, draft, properties, speaksFor, user);
            });
            return Neo4jGroupReads.find(tx, type, id).orElseThrow();
        });
    }
}
