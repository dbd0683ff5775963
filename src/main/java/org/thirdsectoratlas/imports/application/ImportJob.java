package org.thirdsectoratlas.imports.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.thirdsectoratlas.imports.domain.ImportFormat;
import org.thirdsectoratlas.imports.domain.PossibleDuplicate;
import org.thirdsectoratlas.imports.domain.RowError;

/**
 * One import as the API reports it; updated as it runs (the fields are replaced whole, never mutated in
 * place, so a reader on another thread sees a consistent value).
 */
public final class ImportJob {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public record Counts(Map<String, Long> created, long updated, long unchanged, long skipped,
                         Map<String, Long> skippedBy, long possibleDuplicates) {
        static final Counts NONE = new Counts(Map.of(), 0, 0, 0, Map.of(), 0);
    }

    private final String id;
    private final ImportFormat format;
    private final String fileName;
    private final boolean dryRun;
    private final String tieStatus;
    private final String by;
    private final Instant at = Instant.now();
    private volatile Status status = Status.QUEUED;
    private volatile long done;
    private volatile long total;
    private volatile Counts counts = Counts.NONE;
    private volatile List<RowError> errors = List.of();
    private volatile List<PossibleDuplicate> possibleDuplicates = List.of();
    private volatile List<String> createdIds = List.of();
    private volatile List<String> createdOrganisations = List.of();
    private volatile String changeId;
    private volatile String message;
    private volatile String note;
    private volatile String undoneWith;

    public ImportJob(String id, ImportFormat format, String fileName, boolean dryRun, String tieStatus, String by) {
        this.id = id;
        this.format = format;
        this.fileName = fileName;
        this.dryRun = dryRun;
        this.tieStatus = tieStatus;
        this.by = by;
    }

    public String id() { return id; }
    public ImportFormat format() { return format; }
    public String fileName() { return fileName; }
    public boolean dryRun() { return dryRun; }
    public String tieStatus() { return tieStatus; }
    public String by() { return by; }
    public Instant at() { return at; }
    public Status status() { return status; }
    public long done() { return done; }
    public long total() { return total; }
    public Counts counts() { return counts; }
    public List<RowError> errors() { return errors; }
    public List<PossibleDuplicate> possibleDuplicates() { return possibleDuplicates; }
    public List<String> createdIds() { return createdIds; }
    /** The organisations among {@link #createdIds()}: the explorer links them. */
    public List<String> createdOrganisations() { return createdOrganisations; }
    public String changeId() { return changeId; }
    public String message() { return message; }
    public String note() { return note; }
    public String undoneWith() { return undoneWith; }

    void status(Status status) { this.status = status; }
    void progress(long done, long total) { this.total = total; this.done = done; }
    void counts(Counts counts) { this.counts = counts; }
    void errors(List<RowError> errors) { this.errors = List.copyOf(errors); }
    void possibleDuplicates(List<PossibleDuplicate> d) { this.possibleDuplicates = List.copyOf(d); }
    void createdIds(List<String> ids) { this.createdIds = List.copyOf(ids); }
    void createdOrganisations(List<String> ids) { this.createdOrganisations = List.copyOf(ids); }
    void changeId(String changeId) { this.changeId = changeId; }
    void message(String message) { this.message = message; }
    void note(String note) { this.note = note; }
    void undoneWith(String undoneWith) { this.undoneWith = undoneWith; }
}
