package org.thirdsectoratlas.imports.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import would do: the writes (nodes before relationships), what each counts as, the possible
 * duplicates, and the existing organisations it touches (their history gets the import's change).
 */
public record ImportPlan(List<WriteOp> writes, Map<String, Long> created, long updated, long unchanged,
                         List<PossibleDuplicate> possibleDuplicates, Set<String> touchedOrganisations,
                         List<String> createdIds) {
}
