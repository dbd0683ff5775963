package org.thirdsectoratlas.platform.graph;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.neo4j.driver.Bookmark;

/**
 * Causal consistency for one API request (Neo4j bookmarks): the bookmarks a client sent back from an earlier
 * write, which every session of this request waits for, so that on a cluster a read routed to another member,
 * or a request sent to another replica, sees at least that write; and the bookmarks this request's own writes
 * leave, which its later sessions wait for and its answer carries. Held per request thread: {@link Graph}
 * reads it, the API's request filter begins and ends it; pages and background work never begin one.
 */
public final class ReadYourWrites {

    private record State(Set<Bookmark> sent, Set<Bookmark> written) {
    }

    private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

    private ReadYourWrites() {
    }

    /** A request begins, having sent these bookmark values (none: it only collects what it writes). */
    public static void begin(Collection<String> sent) {
        Set<Bookmark> bookmarks = new LinkedHashSet<>();
        sent.forEach(value -> bookmarks.add(Bookmark.from(value)));
        CURRENT.set(new State(bookmarks, new LinkedHashSet<>()));
    }

    /** True when the request sent bookmarks: what it reads must be at least that fresh. */
    public static boolean sentBookmarks() {
        State state = CURRENT.get();
        return state != null && !state.sent().isEmpty();
    }

    /** The bookmark values this request's writes left; the request's state is forgotten. */
    public static Set<String> end() {
        State state = CURRENT.get();
        CURRENT.remove();
        Set<String> values = new LinkedHashSet<>();
        if (state != null) {
            state.written().forEach(bookmark -> values.add(bookmark.value()));
        }
        return values;
    }

    /** What a session of this request must wait for: what it was sent and what it wrote so far. */
    static Set<Bookmark> awaited() {
        State state = CURRENT.get();
        if (state == null) {
            return Set.of();
        }
        Set<Bookmark> all = new LinkedHashSet<>(state.sent());
        all.addAll(state.written());
        return all;
    }

    /** A write session of this request closed, leaving these bookmarks. */
    static void wrote(Set<Bookmark> bookmarks) {
        State state = CURRENT.get();
        if (state != null && !bookmarks.isEmpty()) {
            // The latest write's bookmarks stand for every earlier one (a bookmark is a point in the log).
            state.written().clear();
            state.written().addAll(bookmarks);
        }
    }
}
