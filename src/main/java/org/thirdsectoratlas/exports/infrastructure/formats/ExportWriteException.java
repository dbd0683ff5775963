package org.thirdsectoratlas.exports.infrastructure.formats;

/** Writing an export failed part-way (most often: the client went away); the response is already started. */
public class ExportWriteException extends RuntimeException {

    public ExportWriteException(Throwable cause) {
        super("The export could not be written: " + cause.getMessage(), cause);
    }
}
