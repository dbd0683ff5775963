package org.thirdsectoratlas.organisations.interfaces.rest;

import java.nio.charset.StandardCharsets;
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
import org.thirdsectoratlas.platform.graph.GraphAnswers;
import org.thirdsectoratlas.platform.graph.GraphChanges;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;

/**
 * GET /api/organisations/{id} as rendered JSON with its ETag, kept per (id, viewer) so that a repeated lookup
 * is a map hit instead of a read of ten tie types and a JSON rendering.
 * <p>
 * Never stale after a write ({@link GraphAnswers}, the same memory as the search's first pages): every committed
 * write moves {@link GraphChanges} (the embedded engine's commit listener, and Atlas edits through
 * {@link TrustGraphChanged}), and a read that overlaps a write is never served. Against an external graph,
 * writes by other processes show after at most {@code atlas.organisations.cache-seconds} (the same 60 s as the
 * answer's Cache-Control max-age). At most {@code atlas.organisations.cache-entries}, least recently used out.
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

    private OrganisationDirectory directory;
    private Function<Object, String> render;
    private GraphChanges changes;
    private GraphAnswers<Key, Representation> answers;

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
        this.answers = new GraphAnswers<>(changes, maxEntries, ttlSeconds);
    }

    /** The organisation as the viewer may see it; an UnknownIdException (404) when absent or hidden. */
    public Representation get(String id, Viewer viewer) {
        return answers.get(new Key(id, viewer), () -> {
            VersionedOrganisation read = directory.getVersioned(id, viewer);
            return new Representation(render.apply(read.organisation()).getBytes(StandardCharsets.UTF_8),
                    read.etag());
        });
    }

    /** An edit through the Atlas committed: needed when the graph is external (no commit listener). */
    void onChange(@Observes TrustGraphChanged change) {
        changes.changed();
        answers.clear();
    }

    int size() {
        return answers.size();
    }

    /** For tests: a clock to move past the time-to-live. */
    void clock(LongSupplier nanos) {
        answers.clock(nanos);
    }

    /** Created on first use: the JSON-B implementation is the server's, as for the other answers. */
    private static final class Json {
        static final Jsonb INSTANCE = JsonbBuilder.create();
    }

    /** The remembered answers, for their hit and miss counts (/metrics). */
    public GraphAnswers<?, ?> answerCache() {
        return answers;
    }
}
