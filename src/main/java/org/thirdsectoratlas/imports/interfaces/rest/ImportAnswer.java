package org.thirdsectoratlas.imports.interfaces.rest;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.imports.application.ImportJob;
import org.thirdsectoratlas.imports.domain.PossibleDuplicate;
import org.thirdsectoratlas.imports.domain.RowError;

/** An import as GET /api/imports/{id} answers it. */
@Schema(requiredProperties = {"id", "format", "dryRun", "by", "at", "status", "progress", "counts", "errors", "possibleDuplicates", "created"})
public record ImportAnswer(String id, @Schema(enumeration = {"kumu", "360giving", "atlas-csv"}) String format,
                           String fileName, boolean dryRun,
                           @Schema(enumeration = {"CLAIMED", "CONFIRMED"}) String tieStatus, String by,
                           @Schema(format = "date-time") String at,
                           @Schema(enumeration = {"QUEUED", "RUNNING", "DONE", "FAILED"}) String status, Progress progress, Counts counts, List<RowError> errors,
                           List<PossibleDuplicate> possibleDuplicates, List<String> created, String changeId,
                           String undoneWith, String message, String note) {

    @Schema(requiredProperties = {"done", "total"})
    public record Progress(long done, long total) {
    }

    @Schema(requiredProperties = {"created", "updated", "unchanged", "skipped", "skippedBy", "possibleDuplicates"})
    public record Counts(Map<String, Long> created, long updated, long unchanged, long skipped,
                         Map<String, Long> skippedBy, long possibleDuplicates) {
    }

    /** Errors and created ids are capped in the answer: the counts stay exact. */
    static final int LISTED = 1000;

    public static ImportAnswer of(ImportJob job) {
        var c = job.counts();
        return new ImportAnswer(job.id(), job.format().parameter(), job.fileName(), job.dryRun(), job.tieStatus(),
                job.by(), job.at().toString(), job.status().name(), new Progress(job.done(), job.total()),
                new Counts(c.created(), c.updated(), c.unchanged(), c.skipped(), c.skippedBy(), c.possibleDuplicates()),
                cap(job.errors()), cap(job.possibleDuplicates()), cap(job.createdIds()), job.changeId(),
                job.undoneWith(), job.message(), job.note());
    }

    private static <T> List<T> cap(List<T> list) {
        return list.size() > LISTED ? list.subList(0, LISTED) : list;
    }
}
