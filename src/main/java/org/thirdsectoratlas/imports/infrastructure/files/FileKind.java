package org.thirdsectoratlas.imports.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file really is, from its first bytes, whatever its name says. */
public enum FileKind {
    ZIP("a zip archive (XLSX or zip)"), PNG("a PNG image"), JPEG("a JPEG image"), GIF("a GIF image"),
    PDF("a PDF document"), OLE2("an old binary Office file (XLS/DOC)"), JSON("JSON"), TEXT("text"),
    EMPTY("empty");

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static FileKind of(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0) {
            return EMPTY;
        }
        int b0 = head[0] & 0xff;
        if (n >= 4 && b0 == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ZIP;
        }
        if (n >= 4 && b0 == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return PNG;
        }
        if (n >= 3 && b0 == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (n >= 4 && b0 == 'G' && head[1] == 'I' && head[2] == 'F') {
            return GIF;
        }
        if (n >= 4 && b0 == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return PDF;
        }
        if (n >= 4 && b0 == 0xd0 && (head[1] & 0xff) == 0xcf && head[2] == 0x11 && (head[3] & 0xff) == 0xe0) {
            return OLE2;
        }
        int i = 0;
        if (n >= 3 && b0 == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < n && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i < n && (head[i] == '{' || head[i] == '[')) {
            return JSON;
        }
        return TEXT;
    }
}
