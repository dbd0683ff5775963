package org.thirdsectoratlas.pathways.domain;

import java.util.Arrays;

/** Slots by organisation index, open addressing over int arrays: a map without boxing for one expansion's steps. */
final class IntSlots {

    private static final int EMPTY = -1;

    private int[] keys = new int[32];
    private int[] values = new int[32];
    private int size;

    IntSlots() {
        Arrays.fill(keys, EMPTY);
    }

    /** The slot of {@code key}, or -1. */
    int get(int key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return -1;
    }

    /** Records the slot of a key not yet present. */
    void put(int key, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
