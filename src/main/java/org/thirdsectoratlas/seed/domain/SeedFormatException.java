package org.thirdsectoratlas.seed.domain;

/** A seed file that cannot be loaded; names the file and the line so a reviewer can fix it. */
public class SeedFormatException extends RuntimeException {

    private final String file;
    private final int line;

    public SeedFormatException(String file, int line, String problem) {
        super(line > 0 ? file + " line " + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based physical line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
