package org.thirdsectoratlas.editing.domain;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes to networks, consortia and contracts, each in one transaction that also records the change (undoable
 * like an organisation's). {@code speaksFor} says for which organisations the caller may confirm a tie at once;
 * the others are recorded CLAIMED.
 */
public interface GroupEditRepository {

    Optional<EditableGroup> find(GroupType type, String id);

    /** Organisations whose members may edit the group: its confirmed members or partners; a contract's parties. */
    Set<String> speakers(GroupType type, String id);

    /** Who would speak for a contract's deliverer: the organisation, or the consortium's confirmed partners. */
    Set<String> deliverySpeakers(String deliveredBy);

    EditableGroup createNetwork(String id, NetworkDraft draft, Predicate<String> speaksFor, String user);

    EditableGroup updateNetwork(String id, long expectedVersion, NetworkDraft draft, Predicate<String> speaksFor,
                                String user);

    EditableGroup createConsortium(String id, ConsortiumDraft draft, Predicate<String> speaksFor, String user);

    EditableGroup updateConsortium(String id, long expectedVersion, ConsortiumDraft draft,
                                   Predicate<String> speaksFor, String user);

    EditableGroup createContract(String id, ContractDraft draft, Predicate<String> speaksFor, String user);

    EditableGroup updateContract(String id, long expectedVersion, ContractDraft draft, String user);
}
