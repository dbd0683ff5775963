package org.thirdsectoratlas.imports.application;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.thirdsectoratlas.imports.domain.BadFileException;
import org.thirdsectoratlas.imports.domain.ImportPlan;
import org.thirdsectoratlas.imports.domain.ImportStore;
import org.thirdsectoratlas.imports.domain.ParsedFile;
import org.thirdsectoratlas.imports.domain.Planner;
import org.thirdsectoratlas.imports.domain.RowError;
import org.thirdsectoratlas.imports.domain.WriteOp;
import org.thirdsectoratlas.imports.infrastructure.files.ImportFiles;

/**
 * Runs one import: read the file, match, plan, and (unless a dry run) write in batches of one transaction
 * each, updating the job's progress. A file with any row error writes nothing: the report lists the rows
 * to fix. A failure part-way undoes what the earlier batches wrote, so an import lands whole or not at all.
 */
public final class Importer {

    public static final int BATCH = 1000;

    private final ImportStore store;
    private final int batchSize;

    public Importer(ImportStore store) {
        this(store, BATCH);
    }

    public Importer(ImportStore store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
    }

    public void run(ImportJob job, Path file, String csvSheet) {
        job.status(ImportJob.Status.RUNNING);
        try {
            ParsedFile parsed = ImportFiles.read(file, job.fileName(), job.format(), job.tieStatus(), csvSheet);
            job.note(parsed.note());
            job.errors(parsed.errors());
            String sourceRef = "format=" + job.format().parameter() + "; file=" + job.fileName() + "; by=" + job.by()
                    + "; at=" + Instant.now();
            Planner planner = new Planner(store.existingNodes(), sourceRef);
            ImportPlan plan = planner.plan(parsed, store::existingRelationships);
            long skipped = parsed.skipped().entrySet().stream().filter(e -> !e.getKey().equals("empty rows"))
                    .mapToLong(Map.Entry::getValue).sum();
            job.counts(new ImportJob.Counts(plan.created(), plan.updated(), plan.unchanged(), skipped,
                    parsed.skipped(), plan.possibleDuplicates().size()));
            job.possibleDuplicates(plan.possibleDuplicates());
            job.createdIds(plan.createdIds());
            job.createdOrganisations(plan.writes().stream()
                    .filter(w -> w.kind() == WriteOp.Kind.CREATE_NODE && "Organisation".equals(w.label()))
                    .map(WriteOp::id).toList());
            job.progress(0, plan.writes().size());
            if (!parsed.errors().isEmpty()) {
                job.message(parsed.errors().size() + " row(s) have errors; "
                        + (job.dryRun() ? "a real import would write nothing until they are fixed."
                        : "nothing was written. Fix them and import again."));
                job.status(job.dryRun() ? ImportJob.Status.DONE : ImportJob.Status.FAILED);
                return;
            }
            if (job.dryRun()) {
                job.message("Dry run: nothing was written.");
                job.status(ImportJob.Status.DONE);
                return;
            }
            write(job, plan);
        } catch (BadFileException e) {
            job.errors(List.of(new RowError(null, 0, null, null, e.getMessage())));
            job.message(e.getMessage() + " Nothing was written.");
            job.status(ImportJob.Status.FAILED);
        } catch (IOException | RuntimeException e) {
            job.message("The import failed: " + e.getClass().getSimpleName() + ". Nothing was written.");
            job.status(ImportJob.Status.FAILED);
        }
    }

    private void write(ImportJob job, ImportPlan plan) {
        if (plan.writes().isEmpty()) {
            job.message("Nothing new: every record is already in the Atlas as the file says.");
            job.status(ImportJob.Status.DONE);
            return;
        }
        String changeId = store.begin(job.id(), job.by(), plan.touchedOrganisations());
        job.changeId(changeId);
        List<WriteOp> writes = plan.writes();
        try {
            for (int start = 0; start < writes.size(); start += batchSize) {
                List<WriteOp> batch = writes.subList(start, Math.min(writes.size(), start + batchSize));
                store.write(job.id(), changeId, job.by(), batch);
                job.progress(start + batch.size(), writes.size());
            }
            List<String> createdOrganisations = writes.stream()
                    .filter(w -> w.kind() == WriteOp.Kind.CREATE_NODE && "Organisation".equals(w.label()))
                    .map(WriteOp::id).toList();
            store.finish(changeId, createdOrganisations, plan.touchedOrganisations());
            job.message("Imported.");
            job.status(ImportJob.Status.DONE);
        } catch (RuntimeException e) {
            // Batches already committed are taken back: the import lands whole or not at all.
            String undo = store.undo(job.id(), changeId, job.by());
            job.undoneWith(undo);
            job.progress(0, writes.size());
            job.message("The import failed part-way (" + e.getClass().getSimpleName()
                    + "); what it had written was undone (" + undo + "). Nothing was kept.");
            job.status(ImportJob.Status.FAILED);
        }
    }

    /** Takes back a finished import: what it created is removed, what it updated restored. */
    public String undo(ImportJob job, String user) {
        if (job.changeId() == null) {
            throw new org.thirdsectoratlas.imports.domain.ImportUndoConflict(
                    "This import wrote nothing (a dry run, a refused file, or nothing new): there is nothing to undo.");
        }
        if (job.undoneWith() != null) {
            throw new org.thirdsectoratlas.imports.domain.ImportUndoConflict("This import is already undone.");
        }
        String undo = store.undo(job.id(), job.changeId(), user);
        job.undoneWith(undo);
        return undo;
    }
}
