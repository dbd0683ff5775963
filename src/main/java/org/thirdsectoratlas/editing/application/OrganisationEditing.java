package org.thirdsectoratlas.editing.application;

import java.text.Normalizer;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.editing.domain.ChangeRepository;
import org.thirdsectoratlas.editing.domain.EditableOrganisation;
import org.thirdsectoratlas.editing.domain.OrganisationDraft;
import org.thirdsectoratlas.editing.domain.OrganisationEditRepository;
import org.thirdsectoratlas.editing.domain.OrganisationMerge;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;

/**
 * Write use cases on organisations: each checks who may do it, then writes and records the change, then
 * tells the insights computed ahead (connectors, coverage, summary, leads) that the graph changed.
 */
@ApplicationScoped
public class OrganisationEditing {

    public static final int MAX_PAGE_SIZE = 100;

    private OrganisationEditRepository repository;
    private ChangeRepository changes;
    private Event<TrustGraphChanged> changed;

    protected OrganisationEditing() {
        // for CDI proxies
    }

    @Inject
    public OrganisationEditing(OrganisationEditRepository repository, ChangeRepository changes,
                               Event<TrustGraphChanged> changed) {
        this.repository = repository;
        this.changes = changes;
        this.changed = changed;
    }

    public EditableOrganisation get(String id) {
        return repository.find(id).orElseThrow(() -> new UnknownIdException("organisation", id));
    }

    /** The editable state, for the version ETag of a read. */
    public java.util.Optional<EditableOrganisation> version(String id) {
        return repository.find(id);
    }

    public EditableOrganisation create(OrganisationDraft draft, Caller caller) {
        EditPolicy.requireCanCreate(caller);
        String id = draft.id() != null ? draft.id() : slug(draft.name());
        return fired("organisation created", repository.create(id, draft, caller.user()));
    }

    public EditableOrganisation update(String id, long expectedVersion, OrganisationDraft draft, Caller caller) {
        EditPolicy.requireCanEdit(caller, id);
        return fired("organisation updated", repository.update(id, expectedVersion, draft, caller.user()));
    }

    public EditableOrganisation retire(String id, Long expectedVersion, Caller caller) {
        EditPolicy.requireModerator(caller, "retire an organisation");
        return fired("organisation retired", repository.retire(id, expectedVersion, caller.user()));
    }

    public EditableOrganisation merge(String survivorId, String duplicateId, Caller caller) {
        EditPolicy.requireModerator(caller, "merge organisations");
        OrganisationMerge merge = new OrganisationMerge(survivorId, duplicateId);
        return fired("organisations merged", repository.merge(merge.survivor(), merge.duplicate(), caller.user()));
    }

    public Page<Change> history(String id, int page, int size, Caller caller) {
        EditPolicy.requireCanReadHistory(caller, id);
        get(id);
        return changes.history(id, page, Math.min(size, MAX_PAGE_SIZE));
    }

    public Change undo(String changeId, Caller caller) {
        EditPolicy.requireModerator(caller, "undo a change");
        return fired("change undone", changes.undo(changeId, caller.user()));
    }

    /** After the write has committed: the observers refresh what they computed ahead. */
    private <T> T fired(String reason, T result) {
        changed.fire(new TrustGraphChanged(reason));
        return result;
    }

    /** A readable id from a name: "Leeds GATE" becomes "leeds-gate". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "organisation-" + Long.toHexString(System.nanoTime()) : slug;
    }
}
