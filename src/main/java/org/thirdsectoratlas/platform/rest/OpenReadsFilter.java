package org.thirdsectoratlas.platform.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Provider;

/**
 * The API is open to any web page (CORS "*", answered preflights): callers authenticate with a bearer token in
 * the Authorization header, never a cookie, so a cross-site page cannot borrow anyone's authority. Reads are
 * cacheable: a 200 JSON answer to a GET carries Cache-Control and a strong ETag computed from its JSON, and a
 * matching If-None-Match turns it into a 304 without a body. A resource that sets its own ETag (the version an
 * edit sends back in If-Match) keeps it. Reads differ by caller (privacy tiers), so they Vary on
 * Authorization, and an answer to a caller with a token is private to them.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR) // response filters run in descending priority: after resource-set ETags
public class OpenReadsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String CACHE_CONTROL = "public, max-age=60";
    public static final String PRIVATE_CACHE_CONTROL = "private, max-age=60";
    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, OPTIONS";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Authorization, Content-Type, If-Match, If-None-Match, "
            + "Idempotency-Key, Atlas-Bookmark";
    static final String EXPOSED_HEADERS = "ETag, Content-Type, Location, Link, RateLimit, RateLimit-Policy, Retry-After, "
            + "Atlas-Bookmark, Idempotent-Replayed";

    private static final Logger LOG = Logger.getLogger(OpenReadsFilter.class.getName());

    /** A CORS preflight is answered here, before any resource matching, for every /api path. */
    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod())
                && request.getHeaderString("Access-Control-Request-Method") != null) {
            request.abortWith(Response.noContent()
                    .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                    .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .header("Access-Control-Max-Age", "86400")
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", "*");
        headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return;
        }
        headers.add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        // A streamed download (the graph export) has no JSON to hash: it gets no ETag.
        if (response.getStatus() == 200 && response.hasEntity() && isJson(response.getMediaType())
                && !(response.getEntity() instanceof StreamingOutput)) {
            cache(request, response);
        }
    }

    private static void cache(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                request.getHeaderString(HttpHeaders.AUTHORIZATION) == null ? CACHE_CONTROL : PRIVATE_CACHE_CONTROL);
        if (response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            // The resource's own validator (an organisation's version): kept as is, and no 304 from it, since
            // it does not change with everything the answer shows (ties recorded by others).
            return;
        }
        String etag = etag(response.getEntity());
        if (etag == null) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }

    /** A strong validator: the same JSON always gives the same tag, any change gives another. */
    static String etag(Object entity) {
        try {
            byte[] json = Json.INSTANCE.toJson(entity).getBytes(StandardCharsets.UTF_8);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + '"';
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            // An answer without a validator is still a right answer; say why in the log only.
            LOG.log(Level.FINE, "No ETag for " + entity.getClass().getName(), e);
            return null;
        }
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored, "*" matches. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    /** Created on first use: the JSON-B implementation is the server's. */
    private static final class Json {
        static final Jsonb INSTANCE = JsonbBuilder.create();
    }
}
