package org.thirdsectoratlas.editing.application;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.editing.domain.ConsortiumDraft;
import org.thirdsectoratlas.editing.domain.ContractDraft;
import org.thirdsectoratlas.editing.domain.ChangeRepository;
import org.thirdsectoratlas.editing.domain.EditableGroup;
import org.thirdsectoratlas.editing.domain.GroupEditRepository;
import org.thirdsectoratlas.editing.domain.GroupType;
import org.thirdsectoratlas.editing.domain.NetworkDraft;
import org.thirdsectoratlas.editing.domain.Partner;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;

/**
 * Write use cases on networks, consortia and contracts. Who may: a member whose organisation the group names
 * (creating) or who speaks for it (its confirmed members or partners, a contract's parties), and moderators.
 * Organisations the caller does not speak for are recorded as CLAIMED until their members confirm, like ties.
 */
@ApplicationScoped
public class GroupEditing {

    private GroupEditRepository repository;
    private ChangeRepository changes;
    private Event<TrustGraphChanged> changed;

    protected GroupEditing() {
        // for CDI proxies
    }

    @Inject
    public GroupEditing(GroupEditRepository repository, ChangeRepository changes, Event<TrustGraphChanged> changed) {
        this.repository = repository;
        this.changes = changes;
        this.changed = changed;
    }

    /** The editable state, for members who speak for it and moderators. */
    public EditableGroup editable(GroupType type, String id, Caller caller) {
        EditableGroup group = get(type, id);
        EditPolicy.requireSpeaksForOneOf(caller, repository.speakers(type, id), "this " + what(type));
        return group;
    }

    public EditableGroup createNetwork(NetworkDraft draft, Caller caller) {
        EditPolicy.requireSpeaksForOneOf(caller, draft.named().stream().map(Partner::organisation).toList(),
                "the network");
        draft.requireNamedOnce();
        return fired("network created", repository.createNetwork(id(draft.id(), draft.name()), draft,
                speaksFor(caller), caller.user()));
    }

    public EditableGroup updateNetwork(String id, long version, NetworkDraft draft, Caller caller) {
        requireSpeaker(GroupType.NETWORK, id, caller);
        draft.requireNamedOnce();
        return fired("network updated", repository.updateNetwork(id, version, draft, speaksFor(caller),
                caller.user()));
    }

    public EditableGroup createConsortium(ConsortiumDraft draft, Caller caller) {
        EditPolicy.requireSpeaksForOneOf(caller, draft.named().stream().map(Partner::organisation).toList(),
                "the consortium (its lead or a partner)");
        draft.requireRolesFitStructure();
        draft.requireNamedOnce();
        return fired("consortium created", repository.createConsortium(id(draft.id(), draft.name()), draft,
                speaksFor(caller), caller.user()));
    }

    public EditableGroup updateConsortium(String id, long version, ConsortiumDraft draft, Caller caller) {
        requireSpeaker(GroupType.CONSORTIUM, id, caller);
        draft.requireRolesFitStructure();
        draft.requireNamedOnce();
        return fired("consortium updated", repository.updateConsortium(id, version, draft, speaksFor(caller),
                caller.user()));
    }

    public EditableGroup createContract(ContractDraft draft, Caller caller) {
        EditPolicy.requireCanCreate(caller);
        Set<String> parties = new HashSet<>(repository.deliverySpeakers(draft.deliveredBy()));
        parties.add(draft.commissioner());
        EditPolicy.requireSpeaksForOneOf(caller, parties, "the contract (its commissioner or deliverer)");
        draft.requireValidPeriod();
        return fired("contract created", repository.createContract(id(draft.id(), draft.name()), draft,
                speaksFor(caller), caller.user()));
    }

    public EditableGroup updateContract(String id, long version, ContractDraft draft, Caller caller) {
        requireSpeaker(GroupType.CONTRACT, id, caller);
        draft.requireValidPeriod();
        return fired("contract updated", repository.updateContract(id, version, draft, caller.user()));
    }

    /** Every change to it, newest first; for those who speak for it and moderators. */
    public Page<Change> history(GroupType type, String id, int page, int size, Caller caller) {
        requireSpeaker(type, id, caller);
        return changes.history(id, page, Math.min(size, OrganisationEditing.MAX_PAGE_SIZE));
    }

    private void requireSpeaker(GroupType type, String id, Caller caller) {
        EditPolicy.requireAuthenticated(caller);
        get(type, id);
        EditPolicy.requireSpeaksForOneOf(caller, repository.speakers(type, id), "this " + what(type));
    }

    private EditableGroup get(GroupType type, String id) {
        return repository.find(type, id).orElseThrow(() -> new UnknownIdException(what(type), id));
    }

    private static String what(GroupType type) {
        return type.label().toLowerCase();
    }

    private static Predicate<String> speaksFor(Caller caller) {
        return organisation -> caller.isModerator() || caller.isMemberOf(organisation);
    }

    private static String id(String given, String name) {
        return given != null ? given : OrganisationEditing.slug(name);
    }

    private EditableGroup fired(String reason, EditableGroup group) {
        changed.fire(new TrustGraphChanged(reason));
        return group;
    }
}
