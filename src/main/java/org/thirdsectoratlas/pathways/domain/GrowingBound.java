package org.thirdsectoratlas.pathways.domain;

/**
 * A bound computed outwards from a search's targets one node at a time, as far as the search needs it: until it
 * is complete, what it says of a node it has not reached is the least that node's value can still be.
 */
abstract class GrowingBound {

    private long read;
    private boolean complete;

    /** Steps read so far (each node grown counts one more), so a search can keep its bounds in pace. */
    final long read() {
        return read;
    }

    final boolean complete() {
        return complete;
    }

    /** Grows by one node. */
    final void advance() {
        if (!complete) {
            read++;
            complete = !grow();
        }
    }

    /** Grows by one node; false when every reachable node has been grown. */
    abstract boolean grow();

    final void readOne() {
        read++;
    }
}
