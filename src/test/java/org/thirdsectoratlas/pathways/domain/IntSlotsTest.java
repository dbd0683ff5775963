package org.thirdsectoratlas.pathways.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The slots one search reuses for every expansion: a cleared table must forget, a grown one must keep. */
class IntSlotsTest {

    @Test
    void answersLikeAMapAcrossGrowthAndClears() {
        var slots = new IntSlots();
        var random = new Random(7);
        for (int round = 0; round < 50; round++) {
            Map<Integer, Integer> expected = new HashMap<>();
            int keys = random.nextInt(600);
            for (int i = 0; i < keys; i++) {
                int key = random.nextInt(5_000);
                if (!expected.containsKey(key)) {
                    expected.put(key, i);
                    slots.put(key, i);
                }
            }
            for (int key = 0; key < 5_000; key++) {
                assertEquals(expected.getOrDefault(key, -1), slots.get(key), "round " + round + ", key " + key);
            }
            slots.clear();
            for (int key : expected.keySet()) {
                assertEquals(-1, slots.get(key), "cleared in round " + round);
            }
        }
    }
}
