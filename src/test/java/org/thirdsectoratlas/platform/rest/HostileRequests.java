package org.thirdsectoratlas.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.testing.Api;
import org.thirdsectoratlas.testing.AtlasDeployment;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.Http;

/**
 * The requests an outside fuzz sent: each gets an RFC 9457 problem (never a container page or a stack trace),
 * none is logged with its hostile text, and the server keeps answering. Sent to the integration suite's server
 * ({@link HostileRequestsIT}) and to the one the README's run command starts
 * ({@link HostileRequestsUnderLibertyRunIT}).
 */
interface HostileRequests {

    String MARK = "hostileMark";
    /** A messages.log line at WARNING or ERROR: "[time] thread logger   W text". */
    Pattern LOUD = Pattern.compile("^\\[[^\\]]+] \\S+ \\S+\\s+[WE] ");

    /** The hostile requests go to a server that is up and warm; each test then checks that it still is. */
    @BeforeEach
    default void serverIsReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (Http.get("health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }

    private static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(AtlasDeployment.base() + path)).timeout(Duration.ofSeconds(30));
    }

    private static void assertProblem(HttpResponse<String> response, int... statuses) {
        assertTrue(java.util.Arrays.stream(statuses).anyMatch(s -> s == response.statusCode()),
                "status " + response.statusCode() + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.statusCode() + " " + response.headers().map() + " " + response.body());
        assertTrue(!response.body().contains("RESTEASY") && !response.body().contains(MARK)
                && response.body().length() < 1_000, response.body());
        assertStillAnswering();
    }

    private static void assertStillAnswering() {
        assertEquals(200, Http.get("api/organisations/age-uk-leeds").statusCode());
        assertEquals(200, Http.send(to("health/ready").build()).statusCode());
    }

    @Test
    default void aFourKilobyteMediaTypeIsA415Problem() {
        String mediaType = MARK + "/" + "a/".repeat(2_048);
        assertProblem(Http.send(to("api/organisations").header("Content-Type", mediaType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()), 400, 401, 415);
        assertProblem(Http.send(to("api/partner-search").header("Content-Type", mediaType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()), 400, 415);
    }

    @Test
    default void aNineKilobyteAcceptIsAnsweredOrRefusedAsAProblem() {
        var response = Http.send(to("api/organisations/" + MARK).header("Accept", (MARK + "/x, ").repeat(800)).GET().build());
        assertProblem(response, 404, 406);
    }

    @Test
    default void undecodablePathsAreProblems() {
        assertProblem(Http.send(to("api/organisations/%ff%fe" + MARK).header("Accept", "application/json").GET().build()),
                400, 404);
        assertProblem(Http.send(to("api/%ff%fe/" + MARK).header("Accept", "application/json").GET().build()), 400, 404);
    }

    @Test
    default void unknownMethodsAndAddressesAreProblems() {
        assertProblem(Http.send(to("api/organisations").header("Accept", "application/json")
                .method("FOO", HttpRequest.BodyPublishers.noBody()).build()), 401);
        assertProblem(Http.send(to("api/organisations").header("Accept", "application/json")
                .header("Authorization", "Bearer " + DemoUsers.token(DemoUsers.MEMBER_BASIS))
                .method("FOO", HttpRequest.BodyPublishers.noBody()).build()), 405);
        assertProblem(Http.send(to("api/no-such-thing-" + MARK).header("Accept", "application/json").GET().build()), 404);
    }

    @Test
    default void aSixtyThousandCharacterQueryIsAProblem() {
        String q = MARK + "x".repeat(60_000);
        assertProblem(Http.send(to("api/organisations?q=" + q).header("Accept", "application/json").GET().build()),
                400, 414);
    }

    @Test
    default void noLogLineCarriesTheHostileText() throws Exception {
        aFourKilobyteMediaTypeIsA415Problem();
        undecodablePathsAreProblems();
        aSixtyThousandCharacterQueryIsAProblem();
        for (String log : List.of("messages.log", "console.log")) {
            Path file = logs().resolve(log);
            if (Files.exists(file)) {
                List<String> long_ = Files.readAllLines(file).stream()
                        .filter(l -> l.contains(MARK) && l.length() > 600).toList();
                assertTrue(long_.isEmpty(), log + " carries hostile text: " + long_.size() + " lines");
            }
        }
    }

    /**
     * Refusals are routine: a flood of them must not become a flood of WARNING or ERROR lines (Liberty's level
     * letter follows the logger's name in messages.log).
     */
    @Test
    default void routineRefusalsAreNotLoggedAsWarningsOrErrors() throws Exception {
        Path log = logs().resolve("messages.log");
        long before = Files.size(log);
        assertEquals(400, Api.post("api/ties", "{}", DemoUsers.MEMBER_BASIS).statusCode());
        assertEquals(401, Api.post("api/ties", "{}", null).statusCode());
        assertEquals(403, Api.get("api/imports", DemoUsers.MEMBER_BASIS).statusCode());
        assertEquals(404, Http.get("api/organisations/no-such-organisation").statusCode());
        Thread.sleep(1_000); // the log is written by its own thread
        List<String> loud;
        try (var file = FileChannel.open(log)) {
            var added = ByteBuffer.allocate((int) Math.min(1_000_000, Math.max(0, file.size() - before)));
            file.read(added, before);
            loud = new String(added.array(), 0, added.position(), StandardCharsets.UTF_8).lines()
                    .filter(l -> LOUD.matcher(l).find()).toList();
        }
        assertTrue(loud.isEmpty(), "refusals logged loudly: " + loud);
    }

    private static Path logs() {
        return Path.of(System.getProperty("atlas.server.logs", "target/liberty/wlp/usr/servers/"
                + System.getProperty("atlas.server.name", "atlas") + "/logs"));
    }
}
