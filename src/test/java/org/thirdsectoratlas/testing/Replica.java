package org.thirdsectoratlas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One more Liberty server running the packaged Atlas against an external Neo4j, made in the test runtime's
 * usr/servers from the project's own server-config, the server the build created (its lib/global: Neo4j and the
 * driver) and target/atlas.war, and started and stopped with wlp/bin/server. Its name must not contain the name
 * of the Arquillian-managed server (Arquillian finds servers by name).
 */
public final class Replica implements AutoCloseable {

    private static final Path WLP = Path.of("target", "liberty", "wlp").toAbsolutePath();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int httpPort;
    private final Path dir;

    private Replica(String name, int httpPort) {
        this.name = name;
        this.httpPort = httpPort;
        this.dir = WLP.resolve("usr/servers").resolve(name);
    }

    /** Creates the server (replacing a leftover of an earlier run) with these environment variables. */
    public static Replica create(String name, int httpPort, int httpsPort, Map<String, String> env) throws IOException {
        Replica replica = new Replica(name, httpPort);
        replica.stop();
        deleteTree(replica.dir);
        Files.createDirectories(replica.dir.resolve("configDropins/overrides"));
        Files.createDirectories(replica.dir.resolve("apps"));
        try (Stream<Path> files = Files.list(Path.of("server-config"))) {
            for (Path f : files.toList()) {
                Files.copy(f, replica.dir.resolve(f.getFileName().toString()));
            }
        }
        Files.writeString(replica.dir.resolve("jvm.options"), String.join("\n", "-Xmx768m",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED", ""));
        StringBuilder environment = new StringBuilder(Files.readString(replica.dir.resolve("server.env")));
        env.forEach((k, v) -> environment.append('\n').append(k).append('=').append(v));
        Files.writeString(replica.dir.resolve("server.env"), environment.append('\n').toString());
        Files.writeString(replica.dir.resolve("bootstrap.properties"),
                "http.port=" + httpPort + "\nhttps.port=" + httpsPort + "\n");
        Files.copy(Path.of("target", "atlas.war"), replica.dir.resolve("apps/atlas.war"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(replica.dir.resolve("configDropins/overrides/replica.xml"), """
                <server><webApplication location="atlas.war" contextRoot="/"/></server>
                """);
        copyTree(globalLibrary(), replica.dir.resolve("lib/global"));
        return replica;
    }

    /** The global library of the server the build created for the test suite. */
    private static Path globalLibrary() throws IOException {
        try (Stream<Path> servers = Files.list(WLP.resolve("usr/servers"))) {
            return servers.map(s -> s.resolve("lib/global"))
                    .filter(p -> Files.isDirectory(p) && p.resolve("../../server.xml").toFile().exists())
                    .filter(p -> {
                        try (Stream<Path> jars = Files.list(p)) {
                            return jars.anyMatch(j -> j.getFileName().toString().startsWith("neo4j-java-driver"));
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .findFirst().orElseThrow(() -> new IllegalStateException("no created server with lib/global"));
        }
    }

    public Process start() throws IOException {
        return command("start");
    }

    public void stop() {
        if (Files.isDirectory(dir)) {
            try {
                command("stop").waitFor();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Process command(String action) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true).redirectOutput(dir.resolve(action + ".out").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    public String messages() throws IOException {
        Path log = dir.resolve("logs/messages.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + "/").resolve(path);
    }

    public HttpResponse<String> get(String path, String token, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.build());
    }

    public HttpResponse<String> post(String path, String json, String token, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.build());
    }

    public String token(String user) {
        String form = "user=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DemoUsers.password(user), StandardCharsets.UTF_8);
        var response = send(HttpRequest.newBuilder(uri("api/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token from " + name + ": " + response.statusCode() + " " + response.body());
        }
        return Http.json(response).getString("access_token");
    }

    /** Waits until /health/ready says UP. */
    public void awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                var ready = send(HttpRequest.newBuilder(uri("health/ready")).timeout(Duration.ofSeconds(5)).build());
                if (ready.statusCode() == 200) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (UncheckedIOException e) {
                last = e.getMessage();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + limit + ": " + last);
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        stop();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** The java command of this test JVM with the Neo4j module options. */
    public static List<String> java(String mainClass, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
