package org.thirdsectoratlas.platform.graph;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The answers to writes sent with an {@code Idempotency-Key}, kept in the graph for a day so that a retry through
 * any replica gets the first answer instead of writing twice. A key is first claimed (an unfinished record:
 * the first request is running), then completed with its answer, or released when the first request failed
 * without writing (a 5xx), so that a retry may run. One record per caller and key: the {@code id} is a digest of
 * both, unique by the constraint idempotentrequest_id in graph-seed/schema.
 */
@ApplicationScoped
public class IdempotentAnswers {

    /** How long an answer is kept: a client retries within minutes, a day covers a client that was down. */
    public static final Duration KEPT = Duration.ofHours(24);

    /** An answer as it was sent: enough to send it again. */
    public record Answer(int status, String contentType, String body, String location, String etag) {
    }

    /** What claiming a key found. */
    public sealed interface Claim {
    }

    /** Nobody has used the key: this request runs, and its answer is kept. */
    public record Fresh() implements Claim {
    }

    /** The key was used for this same request, which finished: send its answer again. */
    public record Replay(Answer answer) implements Claim {
    }

    /** The key's first request is still running (or was claimed a moment ago on another replica). */
    public record Running() implements Claim {
    }

    /** The key was used for a different request (another address or body). */
    public record Mismatch() implements Claim {
    }

    static final String CLAIM_EXISTING = """
            MATCH (r:IdempotentRequest {id: $id})
            SET r.checkedAt = datetime()
            RETURN r.fingerprint AS fingerprint, r.status AS status, r.contentType AS contentType, r.body AS body,
                   r.location AS location, r.etag AS etag,
                   r.expiresAt < datetime() AS expired,
                   r.status IS NULL AND r.startedAt < datetime() - duration($abandonedAfter) AS abandoned
            """;

    static final String RESTART = """
            MATCH (r:IdempotentRequest {id: $id})
            SET r.fingerprint = $fingerprint, r.startedAt = datetime(), r.expiresAt = datetime() + duration($kept)
            REMOVE r.status, r.contentType, r.body, r.location, r.etag
            """;

    static final String CREATE = """
            CREATE (r:IdempotentRequest {id: $id, fingerprint: $fingerprint, startedAt: datetime(),
                                         expiresAt: datetime() + duration($kept)})
            """;

    /** Expired answers go a few at a time as new keys come (index idempotentrequest_expires). */
    static final String FORGET_EXPIRED = """
            MATCH (r:IdempotentRequest) WHERE r.expiresAt < datetime()
            WITH r LIMIT 50
            DELETE r
            """;

    static final String COMPLETE = """
            MATCH (r:IdempotentRequest {id: $id})
            SET r.status = $status, r.contentType = $contentType, r.body = $body, r.location = $location,
                r.etag = $etag
            """;

    static final String RELEASE = "MATCH (r:IdempotentRequest {id: $id}) WHERE r.status IS NULL DELETE r";

    private Graph graph;
    private Duration abandonedAfter;

    protected IdempotentAnswers() {
        // for CDI proxies
    }

    @Inject
    public IdempotentAnswers(Graph graph, @ConfigProperty(name = "atlas.idempotency.abandoned-after-seconds",
            defaultValue = "120") long abandonedAfterSeconds) {
        this(graph, Duration.ofSeconds(abandonedAfterSeconds));
    }

    /**
     * @param abandonedAfter an unfinished claim older than this belongs to a request that died with its server
     *                       (a request answers or fails well within it); a retry may then run
     */
    public IdempotentAnswers(Graph graph, Duration abandonedAfter) {
        this.graph = graph;
        this.abandonedAfter = abandonedAfter;
    }

    /** Claims {@code id} for a request with this fingerprint, or says what the key's first use left. */
    public Claim claim(String id, String fingerprint) {
        try {
            return graph.write(tx -> {
                Map<String, Object> params = Map.of("id", id, "fingerprint", fingerprint, "kept", KEPT.toString(),
                        "abandonedAfter", abandonedAfter.toString());
                var found = tx.run(CLAIM_EXISTING, params).list();
                if (found.isEmpty()) {
                    tx.run(FORGET_EXPIRED).consume();
                    tx.run(CREATE, params).consume();
                    return new Fresh();
                }
                Record r = found.get(0);
                if (r.get("expired").asBoolean(false) || r.get("abandoned").asBoolean(false)) {
                    tx.run(RESTART, params).consume();
                    return new Fresh();
                }
                if (!fingerprint.equals(r.get("fingerprint").asString(null))) {
                    return new Mismatch();
                }
                if (r.get("status").isNull()) {
                    return new Running();
                }
                return new Replay(new Answer(r.get("status").asInt(), r.get("contentType").asString(null),
                        r.get("body").asString(null), r.get("location").asString(null), r.get("etag").asString(null)));
            });
        } catch (ClientException e) {
            if (e.code() != null && e.code().contains("ConstraintValidationFailed")) {
                return new Running(); // claimed at the same moment through another request
            }
            throw e;
        }
    }

    /** Keeps the answer the claimed request was given. */
    public void complete(String id, Answer answer) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("status", answer.status());
        params.put("contentType", answer.contentType());
        params.put("body", answer.body());
        params.put("location", answer.location());
        params.put("etag", answer.etag());
        graph.write(tx -> tx.run(COMPLETE, Values.value(params)).consume());
    }

    /** The claimed request failed without an answer worth keeping: a retry may run it. */
    public void release(String id) {
        graph.write(tx -> tx.run(RELEASE, Map.of("id", id)).consume());
    }
}
