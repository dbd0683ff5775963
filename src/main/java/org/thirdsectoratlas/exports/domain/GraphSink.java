package org.thirdsectoratlas.exports.domain;

/**
 * Receives an exported graph as it is read: every node first, then every edge. A writer turns each call
 * into bytes at once, so no document is ever held whole.
 */
public interface GraphSink {

    void node(ExportNode node);

    /** Called once, after the last node and before the first edge. */
    void nodesDone();

    void edge(ExportEdge edge);

    /** Called once at the end: close the document (not the stream the caller owns). */
    void finish();
}
