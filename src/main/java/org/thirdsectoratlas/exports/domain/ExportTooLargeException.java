package org.thirdsectoratlas.exports.domain;

/**
 * The view has more than the chosen format can hold (a spreadsheet's sheet has a fixed number of rows): the caller
 * narrows the view or picks another format. Raised before the file's first byte is sent.
 */
public class ExportTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportTooLargeException(String message) {
        super(message);
    }
}
