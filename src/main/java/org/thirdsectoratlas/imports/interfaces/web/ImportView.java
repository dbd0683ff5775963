package org.thirdsectoratlas.imports.interfaces.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.thirdsectoratlas.imports.application.ImportJob;
import org.thirdsectoratlas.imports.application.ImportService;
import org.thirdsectoratlas.imports.domain.ImportUndoConflict;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.security.domain.ForbiddenException;
import org.thirdsectoratlas.security.domain.UnauthenticatedException;
import org.thirdsectoratlas.security.interfaces.web.ExplorerSession;

/**
 * import.xhtml (moderators): choose a file and format, read the dry run's report, press Import, watch the
 * progress bar, follow links to what was created, undo. The file is kept in a temporary file between the dry
 * run and the import, so it is sent once.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    private ImportService imports;
    private ExplorerSession session;
    private transient Part file;
    private String format = "kumu";
    private String tieStatus = "CLAIMED";
    private String kept;
    private String keptName;
    private String jobId;

    protected ImportView() {
        // for CDI proxies
    }

    @Inject
    public ImportView(ImportService imports, ExplorerSession session) {
        this.imports = imports;
        this.session = session;
    }

    public boolean isModerator() {
        return session.caller().isModerator();
    }

    /** Upload and dry run. */
    public void check() {
        if (file == null || file.getSize() == 0) {
            PageMessages.warn("Choose a file to import.");
            return;
        }
        if (file.getSize() > ImportService.MAX_BYTES) {
            PageMessages.warn("The file is larger than 50 MB; split it and import the parts.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            forget();
            Path copy = Files.createTempFile("atlas-import-page-", ".upload");
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            kept = copy.toString();
            keptName = file.getSubmittedFileName();
        } catch (IOException e) {
            PageMessages.warn("The file could not be received; try again.");
            return;
        }
        start(true);
    }

    /** The real import of the file the dry run read. */
    public void importNow() {
        if (kept == null) {
            PageMessages.warn("Check a file first.");
            return;
        }
        start(false);
    }

    private void start(boolean dryRun) {
        try (InputStream in = Files.newInputStream(Path.of(kept))) {
            jobId = imports.start(in, keptName, format, dryRun, tieStatus, null, session.caller()).id();
        } catch (InvalidParameterException e) {
            PageMessages.warn(e.getMessage());
        } catch (ForbiddenException | UnauthenticatedException e) {
            PageMessages.warn("Only a moderator may import data; log in as one.");
        } catch (ImportService.TooLargeException e) {
            PageMessages.warn(e.getMessage());
        } catch (IOException e) {
            PageMessages.warn("The file could not be read again; choose it once more.");
        }
    }

    public void undo() {
        try {
            ImportJob undone = imports.undo(jobId, session.caller());
            PageMessages.info("Undone: everything this import wrote is removed (recorded as " + undone.undoneWith()
                    + ").");
        } catch (ImportUndoConflict e) {
            PageMessages.warn(e.getMessage());
        }
    }

    private void forget() {
        if (kept != null) {
            try {
                Files.deleteIfExists(Path.of(kept));
            } catch (IOException e) {
                // left to the temporary folder's clean-up
            }
        }
        kept = null;
        jobId = null;
    }

    public ImportJob getJob() {
        return jobId == null ? null : imports.get(jobId, session.caller());
    }

    public boolean isRunning() {
        ImportJob job = getJob();
        return job != null && (job.status() == ImportJob.Status.QUEUED || job.status() == ImportJob.Status.RUNNING);
    }

    /** 0-100 for the progress bar. */
    public int getPercent() {
        ImportJob job = getJob();
        if (job == null) {
            return 0;
        }
        if (job.status() == ImportJob.Status.DONE && !job.dryRun()) {
            return 100;
        }
        return job.total() == 0 ? 0 : (int) (100 * job.done() / job.total());
    }

    public List<String> getCreatedOrganisations() {
        ImportJob job = getJob();
        return job == null ? List.of() : job.createdOrganisations();
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getTieStatus() { return tieStatus; }
    public void setTieStatus(String tieStatus) { this.tieStatus = tieStatus; }
    public String getKeptName() { return keptName; }
}
