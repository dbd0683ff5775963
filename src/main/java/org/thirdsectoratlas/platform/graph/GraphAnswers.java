package org.thirdsectoratlas.platform.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A bounded, least-recently-used memory of read answers that is never stale after a write: an answer is served
 * only while {@link GraphChanges} still stands where it stood before the answer's read began, so a read that
 * overlapped a committed write is stored under the older count and never served. Entries also expire after a
 * time-to-live, which is all that bounds staleness against an external graph written by other processes.
 * The key must hold everything the answer depends on, the viewer included (privacy tiers).
 */
public final class GraphAnswers<K, V> {

    private record Answer<V>(V value, long graphVersion, long expiresAtNanos) {
    }

    private final GraphChanges changes;
    private final long ttlNanos;
    private final int maxEntries;
    private final Map<K, Answer<V>> entries;
    private LongSupplier clock = System::nanoTime;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public GraphAnswers(GraphChanges changes, int maxEntries, long ttlSeconds) {
        this.changes = changes;
        this.maxEntries = maxEntries;
        this.ttlNanos = ttlSeconds * 1_000_000_000L;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Answer<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The remembered answer for the key while current, otherwise {@code read}'s (remembered when it returns). */
    public V get(K key, Supplier<V> read) {
        if (ReadYourWrites.sentBookmarks()) {
            return reread(key, read); // the caller wrote elsewhere just now: read at least that state
        }
        long graphVersion = changes.version();
        long now = clock.getAsLong();
        synchronized (entries) {
            Answer<V> entry = entries.get(key);
            if (entry != null && entry.graphVersion() == graphVersion && now - entry.expiresAtNanos() < 0) {
                hits.increment();
                return entry.value();
            }
        }
        misses.increment();
        return remember(key, read.get(), graphVersion, now);
    }

    /** {@code read}'s answer even while one is remembered (the caller asked for a fresh one), remembered instead. */
    public V reread(K key, Supplier<V> read) {
        long graphVersion = changes.version();
        long now = clock.getAsLong();
        return remember(key, read.get(), graphVersion, now);
    }

    private V remember(K key, V value, long graphVersion, long now) {
        if (maxEntries > 0) {
            synchronized (entries) {
                entries.put(key, new Answer<>(value, graphVersion, now + ttlNanos));
            }
        }
        return value;
    }

    /** Forgets every answer (they would no longer be served anyway once {@link GraphChanges} moves). */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    /** Answers served from memory so far (/metrics). */
    public long hits() {
        return hits.sum();
    }

    /** Answers read from the graph because none was remembered or it was no longer current (/metrics). */
    public long misses() {
        return misses.sum();
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** For tests: a clock to move past the time-to-live. */
    public void clock(LongSupplier nanos) {
        this.clock = nanos;
    }
}
