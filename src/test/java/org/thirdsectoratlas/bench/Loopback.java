package org.thirdsectoratlas.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;

/** The benchmark's HTTP client: loopback only, so no benchmark traffic ever leaves the machine. */
final class Loopback {

    private static final Set<String> HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    /** Matches the server-side transaction timeout the benchmark sets: a client gives up when the server does. */
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    Loopback(URI base) {
        this.base = requireLoopback(base);
    }

    static URI requireLoopback(URI uri) {
        if (!HOSTS.contains(uri.getHost())) {
            throw new IllegalArgumentException("benchmarks run against 127.0.0.1 only, not " + uri);
        }
        return uri;
    }

    HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT).GET().build();
    }

    /** A GET that asks for an answer computed now ({@code Cache-Control: no-cache}), never a remembered one. */
    HttpRequest getFresh(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT).header("Cache-Control", "no-cache")
                .GET().build();
    }

    /** {@link #getFresh(String)} as a signed-in caller (a bearer token from {@link #token}). */
    HttpRequest getFresh(String pathAndQuery, String bearer) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT).header("Cache-Control", "no-cache")
                .header("Authorization", "Bearer " + bearer).GET().build();
    }

    /** A bearer token for a development user (server-config/dev-users.xml), as the README's curl call gets one. */
    String token(String user) {
        String form = "user=" + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(org.thirdsectoratlas.testing.DemoUsers.password(user),
                java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/auth/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body(request, "api/auth/token")))) {
            return reader.readObject().getString("access_token");
        }
    }

    HttpRequest postJson(String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The status code, or -1 when the request failed (connection refused, timeout). */
    int status(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String body(String pathAndQuery) {
        return body(get(pathAndQuery), pathAndQuery);
    }

    /** For the first insight answers after a start, which wait for a whole-graph computation (minutes at L). */
    String bodyPatiently(String pathAndQuery, Duration timeout) {
        return body(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout).GET().build(), pathAndQuery);
    }

    private String body(HttpRequest request, String pathAndQuery) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 400) {
                throw new IllegalStateException(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(pathAndQuery + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body, or null when the server does not answer (yet). */
    String bodyOrNull(String pathAndQuery) {
        try {
            return client.send(get(pathAndQuery), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
