package org.thirdsectoratlas.platform.graph;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;

/**
 * The one way application code reaches Neo4j: transaction functions on the application's single
 * {@link Driver}. Reads run in read transactions so that a cluster routes them to secondaries.
 */
public final class Graph {

    /** The limit on a background read (insights computed ahead), whatever the server's default. */
    public static final Duration BACKGROUND_TIMEOUT = Duration.ofMinutes(10);

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final String database;
    /** Sessions open now: each holds at most one pooled connection, so this is the pool's use (/metrics). */
    private final AtomicInteger sessionsOpen = new AtomicInteger();

    public Graph(Driver driver, String database) {
        this.driver = driver;
        this.database = database == null || database.isBlank() ? null : database;
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database);
    }

    public <T> T read(TransactionCallback<T> work) {
        return inSession(session -> session.executeRead(work));
    }

    /**
     * A read that may run longer than the server's transaction timeout
     * ({@code atlas.neo4j.embedded.transaction-timeout-seconds}): whole-graph computations in the background.
     */
    public <T> T readLong(TransactionCallback<T> work) {
        return inSession(session -> session.executeRead(work,
                TransactionConfig.builder().withTimeout(BACKGROUND_TIMEOUT).build()));
    }

    public <T> T write(TransactionCallback<T> work) {
        return inSession(session -> {
            T result = session.executeWrite(work);
            ReadYourWrites.wrote(session.lastBookmarks());
            return result;
        });
    }

    private <T> T inSession(Function<Session, T> work) {
        var awaited = ReadYourWrites.awaited();
        SessionConfig config = sessionConfig;
        if (!awaited.isEmpty()) {
            var builder = SessionConfig.builder().withBookmarks(awaited);
            config = (database == null ? builder : builder.withDatabase(database)).build();
        }
        sessionsOpen.incrementAndGet();
        try (var session = driver.session(config)) {
            return work.apply(session);
        } finally {
            sessionsOpen.decrementAndGet();
        }
    }

    /** How many sessions (so pooled connections at most) are in use at this moment. */
    public int sessionsOpen() {
        return sessionsOpen.get();
    }

    /** Schema statements must run outside explicit transactions that also write data. */
    public void runAutoCommit(String cypher) {
        try (var session = driver.session(sessionConfig)) {
            session.run(cypher).consume();
        }
    }

    /**
     * Runs {@code work} while holding the write lock of one (:AtlasLock) node, so that servers starting together
     * take turns: the second waits until the first has committed. {@code work} runs in sessions of its own, so it
     * must not write the lock node. Needs the atlaslock_id constraint (a MERGE without it may make two nodes).
     */
    public void exclusively(String lock, Runnable work) {
        try (var session = driver.session(sessionConfig); var tx = session.beginTransaction()) {
            tx.run("MERGE (l:AtlasLock {id: $id}) SET l.heldSince = datetime()", java.util.Map.of("id", lock))
                    .consume();
            work.run();
            tx.commit();
        }
    }

    public void verifyConnectivity() {
        driver.verifyConnectivity();
    }
}
