package org.thirdsectoratlas.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Times the full graph export (GET /api/exports/graph, no filters) of a running Atlas on 127.0.0.1, format by
 * format, reading the answer as a stream and counting its bytes; the server's heap is read from its GC log
 * (GcLog) or with jcmd while it runs. Never part of the test suite. Run, against a server holding the L graph:
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.thirdsectoratlas.bench.ExportBenchmark \
 *     -Dexec.args="http://127.0.0.1:9080/ gexf,graphml,kumu-xlsx,kumu-json,atlas-csv"
 * </pre>
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = Loopback.requireLoopback(URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:9080/"));
        List<String> formats = List.of((args.length > 1 ? args[1] : "gexf,graphml,kumu-xlsx,kumu-json,atlas-csv")
                .split(","));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String format : formats) {
            long start = System.nanoTime();
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(
                    base.resolve("api/exports/graph?format=" + format)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long firstByte = System.nanoTime();
            long bytes = 0;
            try (InputStream in = response.body()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                }
            }
            long end = System.nanoTime();
            System.out.printf("%-10s status %d  %,d bytes  first byte %.1f s  total %.1f s%n", format,
                    response.statusCode(), bytes, (firstByte - start) / 1e9, (end - start) / 1e9);
        }
    }
}
