package org.thirdsectoratlas.editing.domain;

/**
 * The edit itself breaks a rule (an organisation merged into itself, a contract ending before it starts, a name
 * given twice, an unknown place): a 400 naming the field, or a message on the page.
 */
public class InvalidEditException extends RuntimeException {

    private final String field;

    public InvalidEditException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
