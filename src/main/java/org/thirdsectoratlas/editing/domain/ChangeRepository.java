package org.thirdsectoratlas.editing.domain;

import java.util.Optional;

import org.thirdsectoratlas.shared.domain.Page;

/** The recorded changes of organisations and groups, newest first, and their undo. */
public interface ChangeRepository {

    Page<Change> history(String organisationId, int page, int size);

    Optional<Change> change(String changeId);

    /** Restores the exact state before the change; only the latest change of its organisations can be undone. */
    Change undo(String changeId, String user);
}
