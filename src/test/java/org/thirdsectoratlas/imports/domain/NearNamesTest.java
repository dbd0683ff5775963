package org.thirdsectoratlas.imports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * NearNames' indexes against the comparison of every pair they replace: hand-built names with known answers,
 * then thousands of generated near and far names whose answers must be exactly the every-pair answers.
 */
class NearNamesTest {

    private static final NearNames LEEDS = new NearNames(List.of("leeds gate", "basis yorkshire",
            "old fire station trust", "bradford community", "age uk", "voluntary action leeds"));

    @Test
    void aTypoInTheFirstWordIsFoundThoughNoWordIsShared() {
        assertEquals(Optional.of(new NearNames.Near("leeds gate", "the names differ by a letter or two")),
                LEEDS.find("lleds gate"));
        assertEquals("leeds gate", LEEDS.find("leds gat").orElseThrow().name(), "two edits, across both words");
    }

    @Test
    void aNameInsideAnotherIsFoundWhereverItSits() {
        assertEquals(Optional.of(new NearNames.Near("bradford community", "one name contains the other")),
                LEEDS.find("ford community"), "inside an existing name, not at a word boundary");
        assertEquals(Optional.of(new NearNames.Near("voluntary action leeds", "one name contains the other")),
                LEEDS.find("north voluntary action leeds east"), "an existing name inside the new one");
    }

    @Test
    void shortNamesAndFarNamesAreNotNear() {
        assertTrue(LEEDS.find("arts").isEmpty(), "a name under five letters after normalising is never near");
        assertTrue(LEEDS.find("leeds").isEmpty(), "containment needs eight letters on both sides");
        assertTrue(LEEDS.find("harehills allotments").isEmpty());
    }

    @Test
    void theSameNameIsNearestAndATypoComesBeforeContainment() {
        assertEquals("the same name with a different registered number", LEEDS.find("leeds gate").orElseThrow()
                .reason());
        NearNames both = new NearNames(List.of("leeds gate project", "leeds gate"));
        assertEquals(new NearNames.Near("leeds gate", "the names differ by a letter or two"),
                both.find("leeds gates").orElseThrow(), "an edit away from one, inside the other");
    }

    @Test
    void generatedNamesGetExactlyTheAnswersOfComparingEveryPair() {
        Random random = new Random(14);
        String[] words = {"leeds", "community", "trust", "action", "north", "food", "youth", "arts", "age",
            "women", "centre", "network", "bradford", "ford", "hub", "st", "john", "mary", "a", "b"};
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            existing.add(name(random, words));
        }
        NearNames near = new NearNames(existing);
        int found = 0;
        for (int i = 0; i < 3000; i++) {
            String query = switch (i % 4) {
                case 0 -> name(random, words);
                case 1 -> edit(random, existing.get(random.nextInt(existing.size())), 1 + random.nextInt(3));
                case 2 -> existing.get(random.nextInt(existing.size())) + " " + words[random.nextInt(words.length)];
                default -> {
                    String whole = existing.get(random.nextInt(existing.size()));
                    yield whole.substring(Math.min(whole.length(), random.nextInt(4)));
                }
            };
            Optional<NearNames.Near> expected = everyPair(existing, query);
            assertEquals(expected, near.find(query), query);
            found += expected.isPresent() ? 1 : 0;
        }
        assertTrue(found > 1000, "the generated names exercise near matches of every reason: " + found);
    }

    private static String name(Random random, String[] words) {
        int n = 1 + random.nextInt(4);
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < n; w++) {
            out.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return out.toString();
    }

    private static String edit(Random random, String name, int edits) {
        StringBuilder out = new StringBuilder(name);
        for (int e = 0; e < edits && !out.isEmpty(); e++) {
            int at = random.nextInt(out.length());
            char letter = (char) ('a' + random.nextInt(26));
            switch (random.nextInt(3)) {
                case 0 -> out.setCharAt(at, letter);
                case 1 -> out.deleteCharAt(at);
                default -> out.insert(at, letter);
            }
        }
        return out.toString();
    }

    /** The comparison of every pair, as the planner made it before the indexes, with NearNames' precedence. */
    private static Optional<NearNames.Near> everyPair(List<String> existing, String name) {
        if (name.length() < 5) {
            return Optional.empty();
        }
        String[] reasons = {"the same name with a different registered number", "the names differ by a letter or two",
            "one name contains the other"};
        for (String reason : reasons) {
            for (String other : new TreeSet<>(existing)) {
                if (other.length() < 5) {
                    continue;
                }
                boolean near = switch (reason) {
                    case "the same name with a different registered number" -> name.equals(other);
                    case "the names differ by a letter or two" -> Names.distance(name, other, 2) <= 2;
                    default -> (other.contains(name) || name.contains(other))
                            && Math.min(name.length(), other.length()) >= 8;
                };
                if (near) {
                    return Optional.of(new NearNames.Near(other, reason));
                }
            }
        }
        return Optional.empty();
    }
}
