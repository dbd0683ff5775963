package org.thirdsectoratlas.imports.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads what matching needs and writes an import's batches; every batch is one transaction. */
public interface ImportStore {

    List<ExistingNode> existingNodes();

    Map<Integer, ExistingRelationship> existingRelationships(List<Planner.RelationshipProbe> probes);

    /**
     * Opens the import's change in the change log (action IMPORT), snapshotting the existing organisations it
     * will touch and their relationships, so that undo restores them exactly. Returns the change id.
     */
    String begin(String importId, String user, Set<String> touchedOrganisations);

    void write(String importId, String changeId, String user, List<WriteOp> batch);

    /** Records which organisations the import created and touched, for their history. */
    void finish(String changeId, List<String> createdOrganisations, Set<String> touchedOrganisations);

    /**
     * Removes what the import created and puts back what it updated; records the undo as a change.
     * ImportUndoConflict when later changes to the same organisations are still in force.
     */
    String undo(String importId, String changeId, String user);
}
