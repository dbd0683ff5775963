package org.thirdsectoratlas.imports.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.editing.application.EditPolicy;
import org.thirdsectoratlas.imports.domain.ImportFormat;
import org.thirdsectoratlas.imports.domain.ImportStore;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/**
 * Imports for moderators: the upload is kept in a temporary file (at most 50 MB), read and written on the
 * container's managed executor, one real import at a time (two imports matching the same names at once
 * would each create a copy). Jobs are kept in memory, newest 200; the change log in the graph is the lasting
 * record.
 */
@ApplicationScoped
public class ImportService {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int KEPT = 200;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private ImportStore store;
    private final Map<String, ImportJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() % 1_000_000);
    private final ReentrantLock writing = new ReentrantLock();

    protected ImportService() {
        // for CDI proxies
    }

    @Inject
    public ImportService(ImportStore store) {
        this.store = store;
    }

    /** Thrown when the upload is larger than {@link #MAX_BYTES}. */
    public static class TooLargeException extends RuntimeException {
        public TooLargeException() {
            super("The file is larger than 50 MB; split it and import the parts.");
        }
    }

    public ImportJob start(InputStream upload, String fileName, String formatParam, Boolean dryRun,
                           String tieStatusParam, String sheet, Caller caller) {
        EditPolicy.requireModerator(caller, "import data");
        ImportFormat format = ImportFormat.fromParameter(formatParam).orElseThrow(() -> new InvalidParameterException(
                "format", "format must be kumu, 360giving or atlas-csv."));
        String tieStatus = tieStatusParam == null || tieStatusParam.isBlank() ? "CLAIMED"
                : tieStatusParam.strip().toUpperCase(Locale.ROOT);
        if (!tieStatus.equals("CLAIMED") && !tieStatus.equals("CONFIRMED")) {
            throw new InvalidParameterException("tieStatus", "tieStatus must be CLAIMED or CONFIRMED.");
        }
        if (sheet != null && !sheet.isBlank() && !sheet.equalsIgnoreCase("elements")
                && !sheet.equalsIgnoreCase("connections")) {
            throw new InvalidParameterException("sheet", "sheet must be Elements or Connections.");
        }
        if (upload == null) {
            throw new InvalidParameterException("file", "The form has no 'file' part.");
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : Path.of(fileName).getFileName().toString();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        Path file = copy(upload);
        ImportJob job = new ImportJob("import-" + sequence.incrementAndGet(), format, name,
                dryRun == null || dryRun, tieStatus, caller.user());
        remember(job);
        ExecutorService runner = executor;
        String csvSheet = sheet == null || sheet.isBlank() ? null : sheet;
        runner.submit(() -> {
            try {
                if (!job.dryRun()) {
                    writing.lock();
                }
                try {
                    new Importer(store).run(job, file, csvSheet);
                } finally {
                    if (!job.dryRun()) {
                        writing.unlock();
                    }
                }
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is removed with the server's temp folder
                }
            }
        });
        return job;
    }

    private static Path copy(InputStream upload) {
        try {
            Path file = Files.createTempFile("atlas-import-", ".upload");
            try (var out = Files.newOutputStream(file); InputStream in = upload) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_BYTES) {
                        out.close();
                        Files.deleteIfExists(file);
                        throw new TooLargeException();
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void remember(ImportJob job) {
        synchronized (jobs) {
            jobs.put(job.id(), job);
            while (jobs.size() > KEPT) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
    }

    public ImportJob get(String id, Caller caller) {
        EditPolicy.requireModerator(caller, "see imports");
        return Optional.ofNullable(jobs.get(id)).orElseThrow(() -> new UnknownIdException("import", id));
    }

    /** Newest first. */
    public List<ImportJob> list(Caller caller) {
        EditPolicy.requireModerator(caller, "see imports");
        List<ImportJob> all;
        synchronized (jobs) {
            all = new ArrayList<>(jobs.values());
        }
        Collections.reverse(all);
        return all;
    }

    public ImportJob undo(String id, Caller caller) {
        ImportJob job = get(id, caller);
        new Importer(store).undo(job, caller.user());
        return job;
    }
}
