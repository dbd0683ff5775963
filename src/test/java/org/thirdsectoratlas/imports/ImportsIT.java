package org.thirdsectoratlas.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.DeployedAtlasTest;
import org.thirdsectoratlas.testing.Http;
import org.thirdsectoratlas.testing.ServerGraph;

/** The import API over HTTP: who may import, 202 and polling, dry run, undo, the size limit. */
class ImportsIT extends DeployedAtlasTest {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String BOUNDARY = "atlas-import-boundary-" + RUN;


    @AfterAll
    static void leaveOnlyTheLeedsSeed() {
        ServerGraph.resetToLeedsSeed();
    }

    private static byte[] form(Map<String, String> fields, String fileName, byte[] file) {
        var out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static HttpResponse<String> upload(Map<String, String> fields, String fileName, byte[] file, String user) {
        var builder = HttpRequest.newBuilder(Http.uri("api/imports"))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form(fields, fileName, file)));
        if (user != null) {
            builder.header("Authorization", "Bearer " + DemoUsers.token(user));
        }
        return Http.send(builder.build());
    }

    private static byte[] elements() {
        return ("Label,ID,Type\nImportsIT Group " + RUN + ",g1,community group\n"
                + "Voluntary Action Leeds,val,infrastructure body\n").getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    private static JsonObject pollUntilFinished(String location) throws InterruptedException {
        String path = location.substring(location.indexOf("api/imports/"));
        for (int i = 0; i < 240; i++) {
            JsonObject answer = Http.json(Api.get(path, DemoUsers.MODERATOR));
            String status = answer.getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return answer;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the import did not finish in a minute");
    }

    @Test
    void anonymousCallersGet401AndMembers403() {
        var anonymous = upload(Map.of("format", "kumu"), "e.csv", elements(), null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(isProblem(anonymous));
        var member = upload(Map.of("format", "kumu"), "e.csv", elements(), DemoUsers.MEMBER_LEEDS_GATE);
        assertEquals(403, member.statusCode(), member.body());
        assertTrue(isProblem(member));
        assertEquals(401, Api.get("api/imports", null).statusCode());
        assertEquals(403, Api.get("api/imports", DemoUsers.MEMBER_BASIS).statusCode());
    }

    @Test
    void aDryRunReportsAndWritesNothingThenARealRunWritesAndUndoTakesItBack() throws InterruptedException {
        var dry = upload(Map.of("format", "kumu"), "elements.csv", elements(), DemoUsers.MODERATOR);
        assertEquals(202, dry.statusCode(), dry.body());
        String location = dry.headers().firstValue("Location").orElseThrow();
        JsonObject dryReport = pollUntilFinished(location);
        assertEquals("DONE", dryReport.getString("status"), dryReport.toString());
        assertTrue(dryReport.getBoolean("dryRun"), "dryRun is true by default");
        assertEquals(1, dryReport.getJsonObject("counts").getJsonObject("created").getInt("Organisation"));
        assertEquals(1, dryReport.getJsonObject("counts").getInt("unchanged"));
        String id = dryReport.getJsonArray("created").getString(0);
        assertEquals(404, Http.get("api/organisations/" + id).statusCode(), "a dry run writes nothing");

        // Not as admin: RateLimitIT uses up the admin's writes quota, and the suite shares one deployment.
        var real = upload(Map.of("format", "kumu", "dryRun", "false"), "elements.csv", elements(),
                DemoUsers.MODERATOR);
        assertEquals(202, real.statusCode(), real.body());
        JsonObject report = pollUntilFinished(real.headers().firstValue("Location").orElseThrow());
        assertEquals("DONE", report.getString("status"), report.toString());
        assertNotNull(report.getString("changeId"));
        assertEquals(report.getJsonObject("progress").getInt("total"),
                report.getJsonObject("progress").getInt("done"));
        JsonObject organisation = Http.json(Http.get("api/organisations/" + id));
        assertEquals("ImportsIT Group " + RUN, organisation.getString("name"));

        var undo = Api.post("api/imports/" + report.getString("id") + "/undo", null, DemoUsers.MODERATOR);
        assertEquals(200, undo.statusCode(), undo.body());
        assertEquals(404, Http.get("api/organisations/" + id).statusCode(), "undo removes what the import created");
        var again = Api.post("api/imports/" + report.getString("id") + "/undo", null, DemoUsers.MODERATOR);
        assertEquals(409, again.statusCode());
        assertTrue(isProblem(again));
        assertTrue(Http.json(Api.get("api/imports/" + report.getString("id"), DemoUsers.MODERATOR))
                .containsKey("undoneWith"));
    }

    @Test
    void aWrongFormatIsA400AndAFileAbove50MegabytesA413() {
        var wrong = upload(Map.of("format", "gephi"), "e.csv", elements(), DemoUsers.MODERATOR);
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(isProblem(wrong));
        byte[] big = new byte[51 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        var tooLarge = upload(Map.of("format", "kumu"), "big.csv", big, DemoUsers.MODERATOR);
        assertEquals(413, tooLarge.statusCode(), tooLarge.body().length() > 300 ? tooLarge.body().substring(0, 300)
                : tooLarge.body());
        assertTrue(isProblem(tooLarge));
    }

    @Test
    void aPngRenamedXlsxFailsWithAReason() throws InterruptedException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        var response = upload(Map.of("format", "kumu", "dryRun", "false"), "map.xlsx", png, DemoUsers.MODERATOR);
        assertEquals(202, response.statusCode(), response.body());
        JsonObject report = pollUntilFinished(response.headers().firstValue("Location").orElseThrow());
        assertEquals("FAILED", report.getString("status"));
        assertTrue(report.getString("message").contains("PNG"), report.toString());
    }
}
