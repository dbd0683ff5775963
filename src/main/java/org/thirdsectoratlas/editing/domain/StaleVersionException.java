package org.thirdsectoratlas.editing.domain;

/**
 * The caller edited an older version than the current one: 412 with the current state (an organisation, network,
 * consortium or contract as its editors see it) and its ETag, nothing written.
 */
public class StaleVersionException extends RuntimeException {

    private final transient Object current;
    private final long version;

    public StaleVersionException(EditableOrganisation current, long expected) {
        this("Organisation", current.id(), current.version(), expected, current);
    }

    public StaleVersionException(String what, String id, long version, long expected, Object current) {
        super(what + " '" + id + "' is at version " + version + ", not " + expected
                + "; merge your change into the current state and send its ETag.");
        this.current = current;
        this.version = version;
    }

    /** The current state: an {@link EditableOrganisation} or an {@link EditableGroup}. */
    public Object current() {
        return current;
    }

    public String etag() {
        return "\"v" + version + "\"";
    }
}
