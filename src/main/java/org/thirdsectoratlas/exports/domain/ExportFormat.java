package org.thirdsectoratlas.exports.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files the graph export writes, by the token callers name them with ({@code format=gexf}). */
public enum ExportFormat {
    GEXF("gexf", "application/gexf+xml", "gexf"),
    GRAPHML("graphml", "application/graphml+xml", "graphml"),
    KUMU_XLSX("kumu-xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    KUMU_JSON("kumu-json", "application/json", "json"),
    ATLAS_CSV("atlas-csv", "application/zip", "zip");

    private final String token;
    private final String mediaType;
    private final String extension;

    ExportFormat(String token, String mediaType, String extension) {
        this.token = token;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static Optional<ExportFormat> of(String token) {
        String wanted = token == null ? "" : token.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.token.equals(wanted)).findFirst();
    }

    public static String tokens() {
        return String.join(", ", Arrays.stream(values()).map(ExportFormat::token).toList());
    }

    public String token() {
        return token;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
