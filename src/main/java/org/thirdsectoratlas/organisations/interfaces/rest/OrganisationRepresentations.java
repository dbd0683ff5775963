package org.thirdsectoratlas.organisations.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.organisations.domain.VersionedOrganisation;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;

/**
 * GET /api/organisations/{id} as rendered JSON with its ETag, kept per (id, viewer) so that a repeated lookup
 * is a map hit instead of a read of ten tie types and a JSON rendering.
 * <p>
 * Never stale after a write: an entry is served only while {@link GraphChanges} still stands where it stood
 * before the entry's read began, and every committed write moves it (the embedded engine's commit listener,
 * and Atlas edits through {@link TrustGraphChanged}). A read that overlaps a write is stored under the older
 * count and so never served. Against an external graph, writes by other processes show after at most
 * {@code atlas.organisations.cache-seconds} (the same 60 s as the answer's Cache-Control max-age).
 * <p>
 * Privacy: the key is the whole {@link Viewer} (member organisations and moderator flag), so an answer
 * rendered for one viewer is never served to another; a public answer holds only public facts.
 */
@ApplicationScoped
public class OrganisationRepresentations {

    /** The rendered answer and its ETag ("v&lt;version&gt;"). */
    public record Representation(byte[] json, String etag) {
    }

    private record Key(String id, Viewer viewer) {
    }

    private record Entry(Representation representation, long graphVersion, long expiresAtNanos) {
    }

    private OrganisationDirectory directory;
    private Function<Object, String> render;
    private GraphChanges changes;
    private int maxEntries;
    private long ttlNanos;
    private LongSupplier clock = System::nanoTime;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    protected OrganisationRepresentations() {
        // for CDI proxies
    }

    @Inject
    public OrganisationRepresentations(OrganisationDirectory directory, GraphChanges changes,
                                       @ConfigProperty(name = "atlas.organisations.cache-entries",
                                               defaultValue = "10000") int maxEntries,
                                       @ConfigProperty(name = "atlas.organisations.cache-seconds",
                                               defaultValue = "60") long ttlSeconds) {
        this(directory, entity -> Json.INSTANCE.toJson(entity), changes, maxEntries, ttlSeconds);
    }

    /** With another renderer: tests run without a JSON-B implementation on their class path. */
    OrganisationRepresentations(OrganisationDirectory directory, Function<Object, String> render,
                                GraphChanges changes, int maxEntries, long ttlSeconds) {
        this.directory = directory;
        this.render = render;
        this.changes = changes;
        this.maxEntries = maxEntries;
        this.ttlNanos = ttlSeconds * 1_000_000_000L;
    }

    /** The organisation as the viewer may see it; an UnknownIdException (404) when absent or hidden. */
    public Representation get(String id, Viewer viewer) {
        Key key = new Key(id, viewer);
        long graphVersion = changes.version();
        long now = clock.getAsLong();
        Entry entry = entries.get(key);
        if (entry != null && entry.graphVersion() == graphVersion && now - entry.expiresAtNanos() < 0) {
            return entry.representation();
        }
        VersionedOrganisation read = directory.getVersioned(id, viewer);
        Representation representation = new Representation(
                render.apply(read.organisation()).getBytes(StandardCharsets.UTF_8), read.etag());
        if (maxEntries > 0) {
            if (entries.size() >= maxEntries) {
                entries.clear(); // bounded memory; the working set refills within seconds
            }
            entries.put(key, new Entry(representation, graphVersion, now + ttlNanos));
        }
        return representation;
    }

    /** An edit through the Atlas committed: needed when the graph is external (no commit listener). */
    void onChange(@Observes TrustGraphChanged change) {
        changes.changed();
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    /** For tests: a clock to move past the time-to-live. */
    void clock(LongSupplier nanos) {
        this.clock = nanos;
    }

    /** Created on first use: the JSON-B implementation is the server's, as for the other answers. */
    private static final class Json {
        static final Jsonb INSTANCE = JsonbBuilder.create();
    }
}
