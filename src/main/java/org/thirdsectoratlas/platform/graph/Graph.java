package org.thirdsectoratlas.platform.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;

/**
 * The one way application code reaches Neo4j: transaction functions on the application's single
 * {@link Driver}. Reads run in read transactions so that a cluster routes them to secondaries.
 */
public final class Graph {

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public Graph(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database);
    }

    public <T> T read(TransactionCallback<T> work) {
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(work);
        }
    }

    public <T> T write(TransactionCallback<T> work) {
        try (var session = driver.session(sessionConfig)) {
            return session.executeWrite(work);
        }
    }

    /** Schema statements must run outside explicit transactions that also write data. */
    public void runAutoCommit(String cypher) {
        try (var session = driver.session(sessionConfig)) {
            session.run(cypher).consume();
        }
    }

    public void verifyConnectivity() {
        driver.verifyConnectivity();
    }
}
