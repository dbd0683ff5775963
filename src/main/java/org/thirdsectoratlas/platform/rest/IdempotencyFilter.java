package org.thirdsectoratlas.platform.rest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import org.thirdsectoratlas.platform.graph.IdempotentAnswers;

/**
 * {@code Idempotency-Key} on POST, PUT and PATCH (draft-ietf-httpapi-idempotency-key-header): a client that did
 * not hear back from a write sends it again with the same key and gets the first answer, with
 * {@code Idempotent-Replayed: true}, while nothing is written twice — through any replica, since the answers
 * are kept in the graph ({@link IdempotentAnswers}). The key belongs to the caller; reused for a different
 * request (method, address, body) it is a 422, and while its first request runs a 409 with Retry-After.
 * The token endpoint ignores the header: a bearer token is not kept in the graph.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 2) // after Liberty has read the token and the rate limit has counted
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** Printable ASCII: a UUID is the usual key; 255 leaves room for any client's scheme. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    /** The body's first MiB goes into the fingerprint; an upload beyond it is told apart by its length. */
    private static final int FINGERPRINTED_BODY = 1 << 20;
    /** Answers to writes are small; a larger one is not kept, and its key released. */
    private static final int KEPT_ANSWER = 1 << 20;
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

    /** Field injection: RESTEasy makes providers with their public no-argument constructor. */
    @Inject
    IdempotentAnswers answers;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !WRITES.contains(request.getMethod())
                || request.getUriInfo().getPath().replaceFirst("^/", "").equals(RateLimitFilter.TOKEN_PATH)) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            request.abortWith(Problem.badParameter(HEADER, HEADER
                    + " must be 1 to 255 printable ASCII characters without spaces, such as a UUID.").toResponse());
            return;
        }
        Principal caller = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        String id = digest((caller == null ? "" : caller.getName()) + "\n" + key);
        IdempotentAnswers.Claim claim = answers.claim(id, fingerprint(request));
        switch (claim) {
            case IdempotentAnswers.Fresh fresh -> request.setProperty(CLAIMED, id);
            case IdempotentAnswers.Replay replay -> request.abortWith(replayed(replay.answer()));
            case IdempotentAnswers.Running running -> request.abortWith(Response.fromResponse(Problem.of(
                    "idempotency-key-in-use", "Request still running", Response.Status.CONFLICT,
                    "The first request sent with this " + HEADER + " has not finished; send it again shortly.")
                    .toResponse()).header(HttpHeaders.RETRY_AFTER, "1").build());
            case IdempotentAnswers.Mismatch mismatch -> request.abortWith(Problem.of(
                    "idempotency-key-reused", "Idempotency key reused", 422,
                    "This " + HEADER + " was used for a different request (method, address or body); "
                            + "use a new key for a new request.").about(HEADER).toResponse());
        }
    }

    private static Response replayed(IdempotentAnswers.Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).header(REPLAYED, "true");
        if (answer.body() != null) {
            response.entity(answer.body()).type(answer.contentType() == null ? MediaType.APPLICATION_JSON_TYPE
                    : MediaType.valueOf(answer.contentType()));
        }
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.header(HttpHeaders.ETAG, answer.etag());
        }
        return response.build();
    }

    /** Method, address and body: a retry is the same request; a new request under an old key is not. */
    private static String fingerprint(ContainerRequestContext request) throws IOException {
        MessageDigest sha = sha256();
        sha.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + "\n" + request.getLength() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        if (request.hasEntity()) {
            InputStream body = request.getEntityStream();
            byte[] head = body.readNBytes(FINGERPRINTED_BODY);
            sha.update(head);
            request.setEntityStream(new SequenceInputStream(new ByteArrayInputStream(head), body));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Answers without a body are kept here; the others once written (see aroundWriteTo). */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof String id)) {
            return;
        }
        if (response.getStatus() >= 500) {
            request.removeProperty(CLAIMED);
            forget(id); // nothing was written, or the outcome is unknown to us too: let a retry run
        } else if (!response.hasEntity()) {
            request.removeProperty(CLAIMED);
            keep(id, new IdempotentAnswers.Answer(response.getStatus(), null, null,
                    response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG)));
        } else {
            request.setProperty(CLAIMED + ".status", response.getStatus());
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(CLAIMED) instanceof String id)) {
            context.proceed();
            return;
        }
        context.removeProperty(CLAIMED);
        Copy copy = new Copy(context.getOutputStream());
        context.setOutputStream(copy);
        context.proceed();
        if (copy.overflowed) {
            forget(id);
            return;
        }
        Object status = context.getProperty(CLAIMED + ".status");
        MediaType type = context.getMediaType();
        var headers = context.getHeaders();
        keep(id, new IdempotentAnswers.Answer(status instanceof Integer s ? s : 200,
                type == null ? null : type.toString(), copy.kept.toString(StandardCharsets.UTF_8),
                first(headers.getFirst(HttpHeaders.LOCATION)), first(headers.getFirst(HttpHeaders.ETAG))));
    }

    private static String first(Object header) {
        return header == null ? null : header.toString();
    }

    private void keep(String id, IdempotentAnswers.Answer answer) {
        try {
            answers.complete(id, answer);
        } catch (RuntimeException e) {
            // The write is done and answered; only a retry's replay is lost (it would get 409 until abandoned).
            LOG.warning(() -> "An idempotent answer was not kept: " + LogText.failure(e));
        }
    }

    private void forget(String id) {
        try {
            answers.release(id);
        } catch (RuntimeException e) {
            LOG.warning(() -> "An idempotency key was not released: " + LogText.failure(e));
        }
    }

    /** Writes through, keeping a copy of the first {@link #KEPT_ANSWER} bytes. */
    private static final class Copy extends FilterOutputStream {
        final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        boolean overflowed;

        Copy(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            remember(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            remember(b, off, len);
        }

        private void remember(byte[] b, int off, int len) {
            if (kept.size() + len > KEPT_ANSWER) {
                overflowed = true;
            } else if (!overflowed) {
                kept.write(b, off, len);
            }
        }
    }
}
