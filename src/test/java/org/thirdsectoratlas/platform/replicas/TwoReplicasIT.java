package org.thirdsectoratlas.platform.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.thirdsectoratlas.platform.rest.BookmarkFilter;
import org.thirdsectoratlas.platform.rest.IdempotencyFilter;
import org.thirdsectoratlas.testing.DemoUsers;
import org.thirdsectoratlas.testing.Http;
import org.thirdsectoratlas.testing.Replica;
import org.thirdsectoratlas.testing.StandaloneNeo4j;

/**
 * Two Atlas servers behind one Neo4j, as an operator runs them: a standalone Neo4j (the project's own engine in a
 * process of its own, loopback only) and two Liberty servers with NEO4J_URI pointing at it and one shared signing
 * keystore. The graph is then killed under them and brought back. Ports 8188 (Bolt) and 9581-9584 (HTTP/S).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    private static final int BOLT = 8188;
    private static final Path WORK = Path.of("target", "two-replicas").toAbsolutePath();
    private static final Pattern SEED_WRITTEN = Pattern.compile("Seed '[^']+' version \\d+ installed");

    private static Process neo4j;
    private static Replica one;
    private static Replica two;

    @BeforeAll
    static void startTheGraphAndTwoReplicas() throws Exception {
        Replica.deleteTree(WORK);
        Files.createDirectories(WORK);
        neo4j = startNeo4j();
        Path keystore = WORK.resolve("signing.p12");
        String password = "replicas-" + Long.toString(System.nanoTime(), 36);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "default", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", password, "-keypass", password).inheritIO().start();
        assertEquals(0, keytool.waitFor(), "keytool");
        Map<String, String> env = Map.of("NEO4J_URI", "bolt://127.0.0.1:" + BOLT, "ATLAS_KEYSTORE", keystore.toString(),
                "keystore_password", password, "ATLAS_TRUST_REFRESH_SECONDS", "300");
        one = Replica.create("twinrepa", 9581, 9582, env);
        two = Replica.create("twinrepb", 9583, 9584, env);
        // Together, as a deployment rolls them out: schema and seed must still be installed once.
        Process startOne = one.start();
        Process startTwo = two.start();
        // Generous: on a quiet machine both are ready within a minute; a loaded CI machine may take many.
        startOne.waitFor(600, TimeUnit.SECONDS);
        startTwo.waitFor(600, TimeUnit.SECONDS);
        one.awaitReady(Duration.ofSeconds(900));
        two.awaitReady(Duration.ofSeconds(900));
    }

    @AfterAll
    static void stopEverything() {
        for (Replica replica : new Replica[] {one, two}) {
            if (replica != null) {
                replica.close();
            }
        }
        if (neo4j != null) {
            neo4j.destroyForcibly();
        }
    }

    private static Process startNeo4j() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Replica.java(StandaloneNeo4j.class.getName(),
                WORK.resolve("neo4j").toString(), String.valueOf(BOLT)))
                .redirectErrorStream(true).start();
        var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith(StandaloneNeo4j.READY)) {
                // Keep draining its output so that it never blocks on a full pipe.
                Thread.ofVirtual().start(() -> lines.lines().forEach(l -> { }));
                return process;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the standalone Neo4j did not start");
    }

    @Test
    @Order(1)
    void schemaAndSeedAreInstalledOnceThoughBothStartedTogether() throws IOException {
        long written = SEED_WRITTEN.matcher(one.messages()).results().count()
                + SEED_WRITTEN.matcher(two.messages()).results().count();
        assertEquals(1, written, "exactly one replica wrote the seed");
        for (Replica replica : List.of(one, two)) {
            assertTrue(!replica.messages().contains("DeadlockDetected"), replica.name() + " met a deadlock");
            assertEquals(200, replica.get("api/organisations/age-uk-leeds", null).statusCode());
        }
    }

    @Test
    @Order(2)
    void aTokenFromOneReplicaIsAcceptedByTheOther() {
        String token = one.token(DemoUsers.MEMBER_BASIS);
        JsonObject me = Http.json(two.get("api/auth/me", token));
        assertEquals(DemoUsers.MEMBER_BASIS, me.getString("user"), me.toString());
        assertTrue(me.getBoolean("isAuthenticated"));
    }

    @Test
    @Order(3)
    void aTieRecordedAndWithdrawnThroughOneReplicaShowsInTheOthersPathwaysWithinTwoSeconds() throws Exception {
        String newcomer = "twin-newcomer-" + Long.toString(System.currentTimeMillis(), 36);
        String path = "api/pathways?from=leeds-gate&to=" + newcomer;
        var created = one.post("api/organisations", """
                {"id": "%s", "name": "Twin Replica Newcomer", "kind": "COMMUNITY_GROUP", "description": "Made by TwoReplicasIT",
                 "identifiers": [], "communities": [], "localities": ["leeds"], "visibility": "PUBLIC"}"""
                .formatted(newcomer), one.token(DemoUsers.MODERATOR));
        assertEquals(201, created.statusCode(), created.body());
        long createSeen = within(Duration.ofSeconds(2), () -> two.get(path, null), r -> r.statusCode() == 200);

        var claimed = one.post("api/ties", """
                {"kind": "COLLABORATION", "from": "leeds-gate", "to": "%s", "visibility": "PUBLIC"}"""
                .formatted(newcomer), one.token(DemoUsers.MEMBER_LEEDS_GATE));
        assertEquals(201, claimed.statusCode(), claimed.body());
        long claimSeen = within(Duration.ofSeconds(2), () -> two.get(path, null),
                r -> r.statusCode() == 200 && !Http.json(r).getJsonArray("pathways").isEmpty());

        String tie = Http.json(claimed).getString("id");
        var withdrawn = one.post("api/ties/" + tie + "/withdraw", null, one.token(DemoUsers.MEMBER_LEEDS_GATE));
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        long withdrawSeen = within(Duration.ofSeconds(2), () -> two.get(path, null),
                r -> r.statusCode() == 200 && Http.json(r).getJsonArray("pathways").isEmpty());
        System.out.printf("replica two saw the organisation after %d ms, the claim after %d ms, the withdrawal after "
                + "%d ms%n", createSeen, claimSeen, withdrawSeen);
    }

    @Test
    @Order(4)
    void aWriteThroughOneReplicaIsInTheOthersVeryNextAnswerWhenItsBookmarkIsSentBack() {
        String newcomer = "twin-bookmark-" + Long.toString(System.currentTimeMillis(), 36);
        String path = "api/pathways?from=leeds-gate&to=" + newcomer;
        assertEquals(201, one.post("api/organisations", organisation(newcomer, "Twin Bookmark Newcomer"),
                one.token(DemoUsers.MODERATOR)).statusCode());
        var claimed = one.post("api/ties", """
                {"kind": "COLLABORATION", "from": "leeds-gate", "to": "%s", "visibility": "PUBLIC"}"""
                .formatted(newcomer), one.token(DemoUsers.MEMBER_LEEDS_GATE));
        assertEquals(201, claimed.statusCode(), claimed.body());
        String bookmark = claimed.headers().firstValue(BookmarkFilter.HEADER).orElseThrow(
                () -> new AssertionError("a write's answer carries its bookmark: " + claimed.headers().map()));

        // At once, without waiting for replica two's change signal: the bookmark makes it catch up first.
        var pathways = two.get(path, null, BookmarkFilter.HEADER, bookmark);
        assertEquals(200, pathways.statusCode(), pathways.body());
        assertEquals(1, Http.json(pathways).getJsonArray("pathways").size(), pathways.body());

        var forged = two.get(path, null, BookmarkFilter.HEADER, "FB:not-one-this-graph-gave");
        assertEquals(400, forged.statusCode(), forged.body());
        var tooMany = two.get(path, null, BookmarkFilter.HEADER, "a,b,c,d,e,f,g,h,i");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
    }

    @Test
    @Order(5)
    void aWriteRetriedThroughTheOtherReplicaWithItsIdempotencyKeyIsWrittenOnce() {
        String newcomer = "twin-retry-" + Long.toString(System.currentTimeMillis(), 36);
        assertEquals(201, one.post("api/organisations", organisation(newcomer, "Twin Retry Newcomer"),
                one.token(DemoUsers.MODERATOR)).statusCode());
        String claim = """
                {"kind": "COLLABORATION", "from": "leeds-gate", "to": "%s", "visibility": "PUBLIC"}"""
                .formatted(newcomer);
        String key = UUID.randomUUID().toString();
        var first = one.post("api/ties", claim, one.token(DemoUsers.MEMBER_LEEDS_GATE),
                IdempotencyFilter.HEADER, key);
        assertEquals(201, first.statusCode(), first.body());
        var retry = two.post("api/ties", claim, two.token(DemoUsers.MEMBER_LEEDS_GATE), IdempotencyFilter.HEADER, key);
        assertEquals(201, retry.statusCode(), "the first answer again, not 409 'already recorded': " + retry.body());
        assertEquals("true", retry.headers().firstValue(IdempotencyFilter.REPLAYED).orElse(""));
        assertEquals(Http.json(first).getString("id"), Http.json(retry).getString("id"));
    }

    private static String organisation(String id, String name) {
        return """
                {"id": "%s", "name": "%s", "kind": "COMMUNITY_GROUP", "description": "Made by TwoReplicasIT",
                 "identifiers": [], "communities": [], "localities": ["leeds"], "visibility": "PUBLIC"}"""
                .formatted(id, name);
    }

    @Test
    @Order(6)
    void withTheGraphKilledBothAnswer503WithRetryAfterAndRecoverWithinFiveSecondsOfItsReturn() throws Exception {
        neo4j.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        for (Replica replica : List.of(one, two)) {
            long started = System.nanoTime();
            // A search nobody made before: no remembered answer can serve it.
            var response = replica.get("api/organisations?q=outage" + System.nanoTime(), null);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(503, response.statusCode(), replica.name() + ": " + response.body());
            assertTrue(millis <= 2_000, replica.name() + " answered 503 after " + millis + " ms");
            assertEquals("2", response.headers().firstValue("Retry-After").orElse(""), replica.name());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            var page = Replica.send(java.net.http.HttpRequest.newBuilder(replica.uri("organisation.xhtml?id=age-uk-leeds"))
                    .header("Cache-Control", "no-cache").GET().build());
            assertTrue(page.body().contains("temporarily unavailable"), replica.name() + " page: " + page.statusCode());
            assertEquals(503, replica.get("health/ready", null).statusCode(), replica.name() + " readiness");
            System.out.printf("%s answered 503 in %d ms with the graph down%n", replica.name(), millis);
        }

        neo4j = startNeo4j();
        for (Replica replica : List.of(one, two)) {
            long millis = within(Duration.ofSeconds(5),
                    () -> replica.get("api/organisations?q=return" + System.nanoTime(), null),
                    r -> r.statusCode() == 200);
            System.out.printf("%s answered again %d ms after the graph's return%n", replica.name(), millis);
        }
    }

    /** Asks until the answer passes (within the limit, or the test fails); the milliseconds it took. */
    private static long within(Duration limit, java.util.function.Supplier<HttpResponse<String>> ask,
                               Predicate<HttpResponse<String>> passes) throws InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> last = null;
        while (System.nanoTime() - started < limit.toNanos()) {
            try {
                last = ask.get();
                if (passes.test(last)) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (RuntimeException e) {
                // not answering yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not within " + limit + "; last answer: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }
}
