package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/**
 * The document the server serves is the one the build made from the classes (the document Spectral lints and the
 * test client is generated from): a served document that says something else fails the build. The served one is
 * saved to target/openapi.json for .ci/run's lint.
 */
class OpenApiDocumentIT extends DeployedAtlasTest {

    static final Path SERVED = Path.of("target", "openapi.json");
    static final Path BUILT = Path.of("target", "generated", "openapi.json");


    @Test
    void theServedDocumentIsTheOneBuiltFromTheClasses() throws IOException {
        var response = Http.get("openapi?format=JSON");
        assertEquals(200, response.statusCode());
        Files.writeString(SERVED, response.body(), StandardCharsets.UTF_8);
        JsonObject served;
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            served = reader.readObject();
        }
        JsonObject built;
        try (Reader reader = Files.newBufferedReader(BUILT)) {
            built = Json.createReader(reader).readObject();
        }
        // JSON values compare as values: key order and whitespace do not count.
        assertEquals(built.getJsonObject("info"), served.getJsonObject("info"));
        assertEquals(built.getJsonArray("servers"), served.getJsonArray("servers"));
        for (String path : built.getJsonObject("paths").keySet()) {
            assertEquals(built.getJsonObject("paths").get(path), served.getJsonObject("paths").get(path), path);
        }
        assertEquals(built.getJsonObject("paths").keySet(), served.getJsonObject("paths").keySet());
        for (String part : built.getJsonObject("components").keySet()) {
            JsonObject builtPart = built.getJsonObject("components").getJsonObject(part);
            JsonObject servedPart = served.getJsonObject("components").getJsonObject(part);
            for (String name : builtPart.keySet()) {
                assertEquals(builtPart.get(name), servedPart.get(name), part + " " + name);
            }
            assertEquals(builtPart.keySet(), servedPart.keySet(), part);
        }
        assertEquals(built, served);
    }
}
