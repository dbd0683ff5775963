package org.thirdsectoratlas.pathways.domain;

import java.util.Arrays;

/**
 * Slots by organisation index, open addressing over int arrays: a map without boxing for one expansion's steps.
 * One instance serves a whole search: {@link #clear} starts a new generation instead of wiping the arrays, so an
 * expansion pays neither for a fresh table nor for growing one from small again.
 */
final class IntSlots {

    private int[] keys = new int[32];
    private int[] values = new int[32];
    /** The generation each slot was written in; a slot of an older generation is empty. */
    private int[] written = new int[32];
    private int generation = 1;
    private int size;

    /** The slot of {@code key}, or -1. */
    int get(int key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; written[i] == generation; i = (i + 1) & mask) {
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
        while (written[i] == generation) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        written[i] = generation;
        size++;
    }

    /** Forgets every key at once. */
    void clear() {
        size = 0;
        if (++generation == 0) {
            Arrays.fill(written, 0);
            generation = 1;
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldWritten = written;
        int oldGeneration = generation;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        written = new int[oldKeys.length * 2];
        generation = 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldWritten[i] == oldGeneration) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
