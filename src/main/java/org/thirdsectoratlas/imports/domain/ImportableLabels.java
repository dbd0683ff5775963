package org.thirdsectoratlas.imports.domain;

import java.util.List;

/**
 * The node labels an import may write: those whose ids are unique (graph-seed/schema/constraints.cypher), so
 * that every look-up by id is an index seek. A file naming any other label gets a row error.
 */
public final class ImportableLabels {

    public static final List<String> ALL = List.of("Organisation", "Network", "Consortium", "ConsortiumStructure",
            "Contract", "Programme", "Resource", "Community", "Locality", "Publication", "TrendFigure",
            "ChecklistItem");

    private ImportableLabels() {
    }

    public static boolean contains(String label) {
        return label != null && ALL.contains(label);
    }
}
