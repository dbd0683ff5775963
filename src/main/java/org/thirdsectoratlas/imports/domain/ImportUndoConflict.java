package org.thirdsectoratlas.imports.domain;

/** An undo refused: already undone, or later changes to the same organisations are in force. */
public class ImportUndoConflict extends RuntimeException {

    public ImportUndoConflict(String message) {
        super(message);
    }
}
