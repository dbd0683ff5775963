package org.thirdsectoratlas.imports.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One label's existing normalised names, indexed so that a new name finds its near matches without being
 * compared with every name: the same name; a name one or two edits away (Names.distance); one name inside the
 * other, both at least 8 letters. Every index is exact (it finds every name the full comparison would), so
 * an import of n rows against m names costs about n + m look-ups, not n × m comparisons.
 * <ul>
 * <li>Edits: each name is cut into three pieces; two edits leave at least one piece whole, at most two places
 * from where it was, so a candidate shares a piece with the new name at a known position (pigeonhole).</li>
 * <li>A new name inside an existing one: a sorted array of the existing names' suffixes, searched for the new
 * name as a prefix.</li>
 * <li>An existing name inside the new one: the existing names by length and hash, looked up with a rolling
 * hash over the new name's windows of those lengths.</li>
 * </ul>
 * When several names qualify, the same name wins over an edit, an edit over containment, and within one reason
 * the alphabetically first name: the answer does not depend on the order the graph returned the names in.
 */
final class NearNames {

    static final int SHORTEST = 5;
    static final int SHORTEST_CONTAINED = 8;
    private static final int EDITS = 2;
    private static final long BASE = 1_000_003L;
    private static final char END = '\u0001';

    /** A near match: the existing normalised name and why it is near. */
    record Near(String name, String reason) {
    }

    private final List<String> names;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<Integer>> pieces = new HashMap<>();
    private final Map<Integer, Map<Long, List<Integer>>> byLengthAndHash = new HashMap<>();
    private final char[] text;
    private final int[] starts;
    private final int[] owners;
    private final int[] suffixes;

    NearNames(Collection<String> normalisedNames) {
        TreeSet<String> distinct = new TreeSet<>();
        for (String name : normalisedNames) {
            if (name.length() >= SHORTEST) {
                distinct.add(name);
            }
        }
        names = List.copyOf(distinct);
        StringBuilder all = new StringBuilder();
        List<Integer> nameStarts = new ArrayList<>();
        List<Integer> nameOwners = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            position.put(name, i);
            for (int k = 0; k <= EDITS; k++) {
                int from = cut(name.length(), k);
                pieces.computeIfAbsent(pieceKey(name.length(), k, name.substring(from, cut(name.length(), k + 1))),
                        key -> new ArrayList<>()).add(i);
            }
            if (name.length() >= SHORTEST_CONTAINED) {
                byLengthAndHash.computeIfAbsent(name.length(), l -> new HashMap<>())
                        .computeIfAbsent(hash(name, 0, name.length()), h -> new ArrayList<>()).add(i);
                nameStarts.add(all.length());
                nameOwners.add(i);
                all.append(name).append(END);
            }
        }
        text = all.toString().toCharArray();
        starts = nameStarts.stream().mapToInt(Integer::intValue).toArray();
        owners = nameOwners.stream().mapToInt(Integer::intValue).toArray();
        suffixes = suffixArray();
    }

    Optional<Near> find(String name) {
        if (name.length() < SHORTEST) {
            return Optional.empty();
        }
        if (position.containsKey(name)) {
            return Optional.of(new Near(name, "the same name with a different registered number"));
        }
        int best = Integer.MAX_VALUE;
        for (int length = Math.max(SHORTEST, name.length() - EDITS); length <= name.length() + EDITS; length++) {
            for (int k = 0; k <= EDITS; k++) {
                int from = cut(length, k);
                int to = cut(length, k + 1);
                for (int shift = -EDITS; shift <= EDITS; shift++) {
                    if (from + shift < 0 || to + shift > name.length()) {
                        continue;
                    }
                    List<Integer> found = pieces.get(pieceKey(length, k, name.substring(from + shift, to + shift)));
                    if (found == null) {
                        continue;
                    }
                    for (int i : found) {
                        if (i < best && Names.distance(name, names.get(i), EDITS) <= EDITS) {
                            best = i;
                        }
                    }
                }
            }
        }
        if (best != Integer.MAX_VALUE) {
            return Optional.of(new Near(names.get(best), "the names differ by a letter or two"));
        }
        if (name.length() < SHORTEST_CONTAINED) {
            return Optional.empty();
        }
        best = Math.min(containing(name), containedIn(name));
        return best == Integer.MAX_VALUE ? Optional.empty()
                : Optional.of(new Near(names.get(best), "one name contains the other"));
    }

    /** The first existing name that contains {@code name}: the suffixes starting with it form one run. */
    private int containing(String name) {
        int low = 0;
        int high = suffixes.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compare(suffixes[mid], name) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int best = Integer.MAX_VALUE;
        for (int s = low; s < suffixes.length && startsWith(suffixes[s], name); s++) {
            best = Math.min(best, owner(suffixes[s]));
        }
        return best;
    }

    /** The first existing name inside {@code name}, window by window for every length an existing name has. */
    private int containedIn(String name) {
        int best = Integer.MAX_VALUE;
        for (var entry : byLengthAndHash.entrySet()) {
            int length = entry.getKey();
            if (length > name.length()) {
                continue;
            }
            long power = 1;
            for (int i = 1; i < length; i++) {
                power *= BASE;
            }
            long h = hash(name, 0, length);
            for (int at = 0; ; at++) {
                List<Integer> found = entry.getValue().get(h);
                if (found != null) {
                    for (int i : found) {
                        if (i < best && name.regionMatches(at, names.get(i), 0, length)) {
                            best = i;
                        }
                    }
                }
                if (at + length >= name.length()) {
                    break;
                }
                h = (h - name.charAt(at) * power) * BASE + name.charAt(at + length);
            }
        }
        return best;
    }

    private static long hash(String s, int from, int to) {
        long h = 0;
        for (int i = from; i < to; i++) {
            h = h * BASE + s.charAt(i);
        }
        return h;
    }

    /** Where piece k of a name of this length begins (piece 3 = the end). */
    private static int cut(int length, int k) {
        return length * k / (EDITS + 1);
    }

    private static String pieceKey(int length, int k, String piece) {
        return length + ":" + k + ":" + piece;
    }

    private int owner(int suffix) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= suffix) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return owners[low];
    }

    /** Suffix against a query: a suffix ends at its name's end marker, which sorts before every letter. */
    private int compare(int suffix, String query) {
        for (int i = 0; i < query.length(); i++) {
            char c = text[suffix + i];
            if (c == END) {
                return -1;
            }
            if (c != query.charAt(i)) {
                return c < query.charAt(i) ? -1 : 1;
            }
        }
        return 0;
    }

    private boolean startsWith(int suffix, String query) {
        return compare(suffix, query) == 0;
    }

    /** Suffixes long enough to hold a contained name, sorted up to their name's end. */
    private int[] suffixArray() {
        int count = 0;
        int[] all = new int[text.length];
        for (int n = 0; n < starts.length; n++) {
            int end = n + 1 < starts.length ? starts[n + 1] - 1 : text.length - 1;
            for (int i = starts[n]; i + SHORTEST_CONTAINED <= end; i++) {
                all[count++] = i;
            }
        }
        int[] sorted = java.util.Arrays.copyOf(all, count);
        mergeSort(sorted, new int[count], 0, count);
        return sorted;
    }

    private void mergeSort(int[] a, int[] scratch, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, scratch, from, mid);
        mergeSort(a, scratch, mid, to);
        if (compareSuffixes(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, scratch, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && compareSuffixes(scratch[i], scratch[j]) <= 0)) {
                a[k] = scratch[i++];
            } else {
                a[k] = scratch[j++];
            }
        }
    }

    private int compareSuffixes(int x, int y) {
        for (int i = 0; ; i++) {
            char a = text[x + i];
            char b = text[y + i];
            if (a != b) {
                return a < b ? -1 : 1;
            }
            if (a == END) {
                return 0;
            }
        }
    }
}
