package org.thirdsectoratlas.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.thirdsectoratlas.imports.application.ImportJob;
import org.thirdsectoratlas.imports.application.Importer;
import org.thirdsectoratlas.imports.domain.ImportFormat;
import org.thirdsectoratlas.imports.infrastructure.graph.Neo4jImportStore;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * Import throughput (docs/data-exchange.md, "Throughput"): a generated Kumu workbook of n rows (3 elements per
 * 2 connections: community groups, each tied to the next ones by COLLABORATES_WITH) imported into the Leeds seed
 * on a real embedded Neo4j reached over Bolt (the tests' TestGraph), through the application's own Importer
 * and Neo4jImportStore. For each size: the median of several dry runs (read, match, plan) and of several real
 * runs (read, match, plan and write in batches), each real run undone before the next; rows per second =
 * rows in the file / wall time of the run; peak heap of this JVM. Never part of the test suite. Run:
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.thirdsectoratlas.bench.ImportBenchmark -Dexec.args="20000,100000 3"
 * </pre>
 * (sizes in rows, runs per size and mode).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    record Run(double seconds, long peakHeapMb, ImportJob job) {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "20000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var store = new Neo4jImportStore(TestGraph.seeded());
        System.out.printf("JDK %s, %d processors, max heap %d MB, load average %.2f%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        for (int rows : sizes) {
            Path file = workbook(rows);
            List<Run> dry = new ArrayList<>();
            List<Run> real = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                dry.add(run(store, file, rows, true, "import-bench-dry-" + rows + "-" + i));
            }
            for (int i = 0; i < runs; i++) {
                Run run = run(store, file, rows, false, "import-bench-" + rows + "-" + i);
                real.add(run);
                long undoStart = System.nanoTime();
                new Importer(store).undo(run.job(), "benchmark");
                System.out.printf("  undo of %d rows: %.1f s%n", rows, (System.nanoTime() - undoStart) / 1e9);
            }
            System.out.printf("%,d rows: dry run median %,.0f rows/s (%.1f s); real run median %,.0f rows/s "
                            + "(%.1f s); peak heap %d MB%n", rows, rows / median(dry), median(dry),
                    rows / median(real), median(real),
                    real.stream().mapToLong(Run::peakHeapMb).max().orElse(0));
            Files.deleteIfExists(file);
        }
        System.exit(0);
    }

    private static Run run(Neo4jImportStore store, Path file, int rows, boolean dryRun, String id) {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        ImportJob job = new ImportJob(id, ImportFormat.KUMU, file.getFileName().toString(), dryRun, "CLAIMED",
                "benchmark");
        long start = System.nanoTime();
        new Importer(store).run(job, file, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = pools.stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        if (job.status() != ImportJob.Status.DONE) {
            throw new IllegalStateException(id + " " + job.status() + ": " + job.message());
        }
        System.out.printf("  %s: %,d rows in %.1f s = %,.0f rows/s, peak heap %d MB, created %s%n", id, rows,
                seconds, rows / seconds, peak, job.counts().created());
        return new Run(seconds, peak, job);
    }

    private static double median(List<Run> runs) {
        double[] seconds = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
        return seconds[seconds.length / 2];
    }

    /** Elements "Benchmark Group k" (ID b-k); connection i ties element k to k + hop, no pair twice. */
    static Path workbook(int rows) throws Exception {
        Path file = Files.createTempFile("import-bench-", ".xlsx");
        int elements = rows * 3 / 5;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Elements");
            cells(sheet.createRow(0), "Label", "ID", "Type", "Description");
            for (int i = 1; i <= elements; i++) {
                cells(sheet.createRow(i), "Benchmark Group " + i, "b-" + i, "community group",
                        "Generated for the import benchmark");
            }
            var connections = wb.createSheet("Connections");
            cells(connections.createRow(0), "From", "To", "Type", "Label");
            for (int i = 1; i <= rows - elements; i++) {
                int from = 1 + (i - 1) % elements;
                int hop = 1 + (i - 1) / elements;
                cells(connections.createRow(i), "b-" + from, "b-" + (1 + (from - 1 + hop) % elements),
                        "collaborates with", "SERVICE");
            }
            wb.write(out);
        }
        return file;
    }

    private static void cells(org.apache.poi.ss.usermodel.Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
