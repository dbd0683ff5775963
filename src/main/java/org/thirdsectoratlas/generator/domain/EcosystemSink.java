package org.thirdsectoratlas.generator.domain;

/**
 * Receives a generated ecosystem element by element, so that even L (about two million ties) is never
 * held in memory whole. A tie is only ever emitted after both of its end nodes.
 */
public interface EcosystemSink {

    void node(GeneratedNode node);

    void tie(GeneratedTie tie);
}
