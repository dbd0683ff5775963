package org.thirdsectoratlas.imports.domain;

/** The file as a whole cannot be read as the chosen format (not a row problem): nothing is written. */
public class BadFileException extends RuntimeException {

    public BadFileException(String message) {
        super(message);
    }
}
