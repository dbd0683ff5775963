package org.thirdsectoratlas.editing.domain;

/** The caller edited an older version than the current one: 412 with the current state, nothing written. */
public class StaleVersionException extends RuntimeException {

    private final transient EditableOrganisation current;

    public StaleVersionException(EditableOrganisation current, long expected) {
        super("Organisation '" + current.id() + "' is at version " + current.version() + ", not " + expected
                + "; merge your change into the current state and send its ETag.");
        this.current = current;
    }

    public EditableOrganisation current() {
        return current;
    }
}
