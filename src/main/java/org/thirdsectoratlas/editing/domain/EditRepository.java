package org.thirdsectoratlas.editing.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Page;

/** Writes to organisations and their ties, each in one transaction that also records the change. */
public interface EditRepository {

    Optional<EditableOrganisation> find(String id);

    EditableOrganisation create(String id, OrganisationDraft draft, String user);

    /** Applies the draft if the organisation is still at {@code expectedVersion}; else StaleVersionException. */
    EditableOrganisation update(String id, long expectedVersion, OrganisationDraft draft, String user);

    EditableOrganisation retire(String id, Long expectedVersion, String user);

    /** Folds {@code duplicateId} into {@code survivorId}: its ties and identifiers move, it is retired. */
    EditableOrganisation merge(String survivorId, String duplicateId, String user);

    Page<Change> history(String organisationId, int page, int size);

    Optional<Change> change(String changeId);

    /** Restores the exact state before the change; only the latest change of its organisations can be undone. */
    Change undo(String changeId, String user);

    Tie claim(TieClaim claim, String user);

    /** The tie, if the privacy rule lets this viewer see it. */
    Optional<Tie> tie(String tieId, org.thirdsectoratlas.shared.domain.Viewer viewer);

    /**
     * Live ties (CLAIMED or CONFIRMED) recorded from or addressed to these organisations, newest first, each with
     * who speaks for its other side; with {@code allClaimed}, also every CLAIMED tie (a moderator's queue).
     */
    java.util.List<LiveTie> liveTies(java.util.Set<String> organisations, boolean allClaimed, int limit);

    /**
     * Moves the tie on (confirm, withdraw) in one write transaction: UnknownIdException if the viewer cannot see
     * it, then the permission (asked after the change log is locked), then EditConflictException if its status
     * does not allow the move.
     */
    Tie transition(String tieId, TieTransition transition, org.thirdsectoratlas.shared.domain.Viewer viewer,
                   String user, TiePermission permission);
}
