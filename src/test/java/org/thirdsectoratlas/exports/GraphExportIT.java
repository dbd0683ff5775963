package org.thirdsectoratlas.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;

/** The graph export over HTTP on the Leeds seed: headers, file names, content types, 400s, one file read back. */
class GraphExportIT extends DeployedAtlasTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();


    private static HttpResponse<byte[]> get(String query) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(Http.uri("api/exports/graph" + query)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "gexf, application/gexf+xml, gexf",
            "graphml, application/graphml+xml, graphml",
            "kumu-xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, xlsx",
            "kumu-json, application/json, json",
            "atlas-csv, application/zip, zip"})
    void eachFormatIsAnAttachmentWithItsMediaTypeAndANameThatSaysWhatItHolds(String format, String mediaType,
                                                                            String extension) {
        var response = get("?format=" + format + "&community=sex-workers");
        assertEquals(200, response.statusCode(), new String(response.body()));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        assertEquals("attachment; filename=\"third-sector-atlas-leeds-community-sex-workers-" + LocalDate.now()
                + "." + extension + "\"", response.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("ETag").isEmpty(), "a streamed download has no ETag");
        assertTrue(response.body().length > 0);
    }

    @Test
    void theGexfOverHttpIsReadByJgraphtWithTheFilteredOrganisations() {
        var response = get("?format=gexf&community=sex-workers");
        ExportedFiles.Read read = ExportedFiles.gexf(response.body());
        assertTrue(read.graph().vertexSet().contains("basis-yorkshire"), read.graph().vertexSet().toString());
        assertTrue(!read.graph().vertexSet().contains("age-uk-leeds"), "Age UK does not work with sex workers");
    }

    @Test
    void theKumuWorkbookOverHttpOpensInPoi() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(get("?format=kumu-xlsx").body()))) {
            assertEquals("Elements", book.getSheetName(0));
            assertEquals("Connections", book.getSheetName(1));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "'', format",
            "?format=pdf, format",
            "?format=gexf&kind=PLUMBER, kind",
            "?format=gexf&formality=VERY, formality",
            "?format=gexf&community=not%20an%20id, community",
            "?format=gexf&network=%3Cscript%3E, network",
            "?format=gexf&confirmedOnly=perhaps, confirmedOnly",
            "?format=gexf&radius=2, radius",
            "?format=gexf&focus=leeds-gate&radius=9, radius",
            "?format=gexf&focus=bad%20id, focus"})
    void aBadParameterIsA400ProblemNamingIt(String query, String parameter) {
        var response = get(query);
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = Json.createReader(new ByteArrayInputStream(response.body())).readObject();
        assertEquals(parameter, problem.getString("parameter"));
        assertTrue(response.headers().firstValue("Content-Disposition").isEmpty());
    }

    @Test
    void anUnknownFocusIsA404Problem() {
        var response = get("?format=gexf&focus=no-such-organisation");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void theOpenApiDocumentDeclaresTheOperationItsMediaTypesAndTheProblem() {
        var response = Http.send(HttpRequest.newBuilder(Http.uri("openapi")).header("Accept", "application/json")
                .GET().build());
        JsonObject get = Http.json(response).getJsonObject("paths").getJsonObject("/api/exports/graph")
                .getJsonObject("get");
        assertEquals("exportGraph", get.getString("operationId"));
        JsonObject content = get.getJsonObject("responses").getJsonObject("200").getJsonObject("content");
        assertTrue(content.keySet().containsAll(java.util.List.of("application/gexf+xml", "application/graphml+xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json",
                "application/zip")), content.keySet().toString());
        assertTrue(get.getJsonObject("responses").containsKey("400"));
    }
}
