package org.thirdsectoratlas.pathways.domain;

import java.util.Arrays;

/** A binary min-heap of (long key, int item) pairs, for a Dijkstra over primitives. */
final class KeyHeap {
    private long[] keys = new long[256];
    private int[] items = new int[256];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    long topKey() {
        return keys[0];
    }

    void add(long key, int item) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            items = Arrays.copyOf(items, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[i] = keys[parent];
            items[i] = items[parent];
            i = parent;
        }
        keys[i] = key;
        items[i] = item;
    }

    int poll() {
        int top = items[0];
        long lastKey = keys[--size];
        int lastItem = items[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (lastKey <= keys[child]) {
                break;
            }
            keys[i] = keys[child];
            items[i] = items[child];
            i = child;
        }
        if (size > 0) {
            keys[i] = lastKey;
            items[i] = lastItem;
        }
        return top;
    }
}
