package org.thirdsectoratlas.shared.domain;

/** Nothing of this kind has that id. */
public class UnknownIdException extends RuntimeException {

    private final String kind;
    private final String id;

    public UnknownIdException(String kind, String id) {
        super("No " + kind + " has the id '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
