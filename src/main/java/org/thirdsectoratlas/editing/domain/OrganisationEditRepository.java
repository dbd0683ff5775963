package org.thirdsectoratlas.editing.domain;

import java.util.Optional;

/** Writes to organisations, each in one transaction that also records the change. */
public interface OrganisationEditRepository {

    Optional<EditableOrganisation> find(String id);

    EditableOrganisation create(String id, OrganisationDraft draft, String user);

    /** Applies the draft if the organisation is still at {@code expectedVersion}; else StaleVersionException. */
    EditableOrganisation update(String id, long expectedVersion, OrganisationDraft draft, String user);

    EditableOrganisation retire(String id, Long expectedVersion, String user);

    /** Folds {@code duplicateId} into {@code survivorId}: its ties and identifiers move, it is retired. */
    EditableOrganisation merge(String survivorId, String duplicateId, String user);
}
