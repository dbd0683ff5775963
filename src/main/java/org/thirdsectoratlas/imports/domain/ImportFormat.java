package org.thirdsectoratlas.imports.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file layouts the Atlas imports, by the name the API takes. */
public enum ImportFormat {
    KUMU("kumu"), GIVING_360("360giving"), ATLAS_CSV("atlas-csv");

    private final String parameter;

    ImportFormat(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<ImportFormat> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.parameter.equals(wanted)).findFirst();
    }
}
