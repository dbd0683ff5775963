package org.thirdsectoratlas.platform.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

/**
 * The default graph store: the real Neo4j engine inside this JVM, data on disk, reachable only over
 * Bolt on a loopback address. The application itself talks to it through the driver, exactly as it
 * would to an external server or cluster.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedNeo4j.class.getName());

    private final DatabaseManagementService service;
    private final String boltUri;

    private EmbeddedNeo4j(DatabaseManagementService service, String boltUri) {
        this.service = service;
        this.boltUri = boltUri;
    }

    /**
     * Starts the engine. Bolt listens on {@code host:port} without authentication, which is why the
     * host must be a loopback address.
     */
    public static EmbeddedNeo4j start(Path home, String host, int port, String pageCacheSize) {
        return start(home, host, port, pageCacheSize, Duration.ZERO);
    }

    /**
     * As above, with a server-side limit on every transaction ({@code Duration.ZERO}: none). A client that
     * gave up on a slow read does not stop it; the limit does, so it cannot hold a CPU for long after.
     */
    public static EmbeddedNeo4j start(Path home, String host, int port, String pageCacheSize,
                                      Duration transactionTimeout) {
        if (!isLoopback(host)) {
            throw new IllegalArgumentException("The embedded Neo4j listens without authentication and only on "
                    + "loopback; '" + host + "' is not a loopback address");
        }
        long started = System.nanoTime();
        // The engine looks up its extensions and logging providers through the context class loader. Inside
        // Liberty that is the application's, whose WEB-INF/lib may hold other copies of the same libraries
        // (POI brings log4j-api): start it with its own loader so that it finds only its own.
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(DatabaseManagementServiceBuilder.class.getClassLoader());
        DatabaseManagementService service;
        try {
            service = build(home, host, port, pageCacheSize, transactionTimeout);
        } finally {
            thread.setContextClassLoader(caller);
        }
        try {
            service.database("neo4j").isAvailable(60_000);
        } catch (RuntimeException e) {
            // A started engine that is never shut down keeps the JVM (and server stop) hanging.
            service.shutdown();
            throw e;
        }
        String uri = "bolt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        LOG.info(() -> "Embedded Neo4j ready at " + uri + " (data in " + home + ") after "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return new EmbeddedNeo4j(service, uri);
    }

    private static DatabaseManagementService build(Path home, String host, int port, String pageCacheSize,
                                                   Duration transactionTimeout) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, bytes(pageCacheSize))
                .setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty's default graceful shutdown waits ~10 s per stop; nothing is in flight by then.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();
    }

    public String boltUri() {
        return boltUri;
    }

    /**
     * Runs {@code committed} after every transaction that changed data in the database, whoever sent it
     * (this application or another Bolt client), before the commit is acknowledged to the writer.
     */
    public void onCommit(String database, Runnable committed) {
        service.registerTransactionEventListener(database, new TransactionEventListenerAdapter<Object>() {
            @Override
            public void afterCommit(TransactionData data, Object state, GraphDatabaseService db) {
                committed.run();
            }
        });
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        service.shutdown();
        LOG.info(() -> "Embedded Neo4j stopped in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** "512m", "2g", "1048576" as bytes. */
    static long bytes(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        long unit = switch (s.charAt(s.length() - 1)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
