package org.thirdsectoratlas.testing;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.thirdsectoratlas.platform.graph.EmbeddedNeo4j;

/**
 * A Neo4j server made from the project's own jars, for tests that need the graph in a process of its own (two
 * Atlas replicas against one graph, the graph killed under them): the engine the application embeds, with only
 * its Bolt connector, on loopback. Prints READY once it answers; runs until killed.
 * Arguments: data directory, Bolt port.
 */
public final class StandaloneNeo4j {

    public static final String READY = "READY";

    private StandaloneNeo4j() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]), "127.0.0.1", Integer.parseInt(args[1]), "64m");
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        System.out.println(READY + " " + neo4j.boltUri());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
