package org.thirdsectoratlas.imports;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.thirdsectoratlas.imports.application.ImportJob;
import org.thirdsectoratlas.imports.application.Importer;
import org.thirdsectoratlas.imports.domain.ImportFormat;
import org.thirdsectoratlas.imports.infrastructure.graph.Neo4jImportStore;
import org.thirdsectoratlas.testing.TestGraph;

/**
 * Measures an import of a generated Kumu workbook: rows per second and peak heap. Not a test (heavy): run it
 * by hand on a quiet machine,
 * {@code mvn -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.thirdsectoratlas.imports.ImportMeasure -Dexec.args="200000 false"}
 * (rows, dryRun). The workbook is written with POI's streaming SXSSF: 3 elements per 2 connections.
 */
public final class ImportMeasure {

    private ImportMeasure() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        boolean dryRun = args.length <= 1 || Boolean.parseBoolean(args[1]);
        Path file = Files.createTempFile("measure-", ".xlsx");
        int elements = rows * 3 / 5;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Elements");
            header(sheet.createRow(0), "Label", "ID", "Type");
            for (int i = 1; i <= elements; i++) {
                header(sheet.createRow(i), "Measured Group " + i, "m" + i, "community group");
            }
            var connections = wb.createSheet("Connections");
            header(connections.createRow(0), "From", "To", "Type");
            for (int i = 1; i <= rows - elements; i++) {
                // Distinct pairs: element k to k+1 .. k+hops, no connection twice.
                int from = 1 + (i - 1) % elements;
                int hop = 1 + (i - 1) / elements;
                header(connections.createRow(i), "m" + from, "m" + (1 + (from - 1 + hop) % elements), "");
            }
            wb.write(out);
        }
        var memory = ManagementFactory.getMemoryPoolMXBeans();
        memory.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        ImportJob job = new ImportJob("import-measure", ImportFormat.KUMU, file.getFileName().toString(), dryRun,
                "CLAIMED", "measure");
        var store = new Neo4jImportStore(TestGraph.seeded());
        long start = System.nanoTime();
        new Importer(store).run(job, file, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = memory.stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%d rows, dryRun=%s: %s in %.1f s = %.0f rows/s; peak heap %d MB (max %d MB); %s%n",
                rows, dryRun, job.status(), seconds, rows / seconds, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20, job.counts().created());
        System.out.println(job.message() + (job.errors().isEmpty() ? "" : " first error: " + job.errors().get(0)));
        Files.deleteIfExists(file);
        System.exit(0);
    }

    private static void header(org.apache.poi.ss.usermodel.Row row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
