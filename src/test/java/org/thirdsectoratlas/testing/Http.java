package org.thirdsectoratlas.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A plain HTTP client for the integration tests: what another service calling the API would do. */
public final class Http {

    /**
     * HTTP/1.1: the JDK client's default h2c upgrade on plain http can hang in Liberty's HTTP/2 upgrade path
     * (seen on a forwarded welcome-file request under load), and a request then never returns.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    public static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(AtlasDeployment.base().resolve(path)).GET()
                .header("Accept", "application/json").build());
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

    public static URI uri(String path) {
        return AtlasDeployment.base().resolve(path);
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonStructure structure = reader.read();
            return structure.asJsonObject();
        }
    }
}
