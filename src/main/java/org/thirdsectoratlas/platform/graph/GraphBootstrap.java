package org.thirdsectoratlas.platform.graph;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.thirdsectoratlas.seed.application.SeedInstaller;
import org.thirdsectoratlas.seed.infrastructure.ClasspathSeedSource;
import org.thirdsectoratlas.seed.infrastructure.Neo4jSeedStore;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;

/**
 * Brings the graph up when the application starts: the embedded engine (unless an external URI is
 * configured), then schema and seed. Readiness stays DOWN until this has succeeded; an unreachable
 * external graph is retried in the background instead of failing the deployment.
 */
@ApplicationScoped
public class GraphBootstrap {

    private static final Logger LOG = Logger.getLogger(GraphBootstrap.class.getName());
    private static final long RETRY_SECONDS = 5;
    /** Outside graph-seed/schema on purpose: the seed's schema step runs while this lock is held. */
    static final String LOCK_CONSTRAINT =
            "CREATE CONSTRAINT atlaslock_id IF NOT EXISTS FOR (n:AtlasLock) REQUIRE n.id IS UNIQUE";
    private static final int LOCK_CONSTRAINT_TRIES = 10;

    private GraphConnection connection;
    private GraphChanges changes;
    private ManagedScheduledExecutorService scheduler;
    private EmbeddedNeo4j embedded;
    private volatile boolean ready;
    private volatile String problem = "starting";
    private ScheduledFuture<?> retry;
    private Event<TrustGraphChanged> changed;

    protected GraphBootstrap() {
        // for CDI proxies
    }

    /** Without a change counter to move (tests that never start an engine). */
    public GraphBootstrap(GraphConnection connection) {
        this(connection, new GraphChanges());
    }

    @Inject
    public GraphBootstrap(GraphConnection connection, GraphChanges changes) {
        this.connection = connection;
        this.changes = changes;
    }

    @Resource
    void setScheduler(ManagedScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Told when the graph comes up late, so that what loads at start (trust graph, insights) loads then. */
    @Inject
    void announceLateStartTo(Event<TrustGraphChanged> changed) {
        this.changed = changed;
    }

    void onStart(@Observes Startup startup) {
        if (!tryBringUp()) {
            retry = scheduler.scheduleWithFixedDelay(() -> {
                if (tryBringUp()) {
                    retry.cancel(false);
                    if (changed != null) {
                        changed.fire(new TrustGraphChanged("graph reachable"));
                    }
                }
            }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private synchronized boolean tryBringUp() {
        if (ready) {
            return true;
        }
        GraphSettings settings = connection.settings();
        try {
            if (settings.embedded() && embedded == null) {
                embedded = EmbeddedNeo4j.start(settings.embeddedHome().toAbsolutePath(), settings.embeddedHost(),
                        settings.embeddedBoltPort(), settings.embeddedPageCache(), settings.embeddedTransactionTimeout());
                embedded.onCommit(settings.database(), changes.commitListener());
            }
            Graph graph = connection.graph();
            graph.verifyConnectivity();
            if (settings.seedOnStart()) {
                installSchemaAndSeed(graph);
            }
            ready = true;
            problem = null;
            return true;
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            problem = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + (root == e ? ""
                    : ", caused by " + root.getClass().getSimpleName() + ": " + firstLine(root.getMessage()));
            // One line, no stack trace: an unreachable graph is an expected state that readiness reports.
            LOG.log(Level.WARNING, "The graph is not ready ({0}); retrying every {1} s",
                    new Object[] {problem, RETRY_SECONDS});
            return false;
        }
    }

    /**
     * Schema and seed once, even when several servers start together on one graph: they take turns under a lock,
     * and the later ones find the seed's version installed. Creating the lock's own constraint concurrently may
     * meet a deadlock or a constraint being created by the other server: both pass on a retry.
     */
    static void installSchemaAndSeed(Graph graph) {
        for (int attempt = 1; ; attempt++) {
            try {
                graph.runAutoCommit(LOCK_CONSTRAINT);
                break;
            } catch (org.neo4j.driver.exceptions.Neo4jException e) {
                if (attempt >= LOCK_CONSTRAINT_TRIES || e instanceof org.neo4j.driver.exceptions.ServiceUnavailableException) {
                    throw e;
                }
                pause(200L * attempt);
            }
        }
        graph.exclusively("schema-and-seed", () -> new SeedInstaller(new Neo4jSeedStore(graph))
                .install(new ClasspathSeedSource(GraphBootstrap.class.getClassLoader()), false));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    public boolean isReady() {
        return ready;
    }

    /** Why the graph is not ready, or null when it is. */
    public String problem() {
        return problem;
    }

    @PreDestroy
    synchronized void stop() {
        if (retry != null) {
            retry.cancel(true);
        }
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
