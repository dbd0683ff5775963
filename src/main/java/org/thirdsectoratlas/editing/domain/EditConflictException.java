package org.thirdsectoratlas.editing.domain;

/** The write would break a rule of the data (a duplicate name or identifier, a tie in the wrong state): 409. */
public class EditConflictException extends RuntimeException {

    private final String field;

    public EditConflictException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
