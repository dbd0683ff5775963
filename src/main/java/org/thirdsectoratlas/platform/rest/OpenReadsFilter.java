package org.thirdsectoratlas.platform.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads are open to any web page (CORS "*", answered preflights) and cacheable: a 200 JSON answer to a GET
 * carries Cache-Control and a strong ETag computed from its JSON, and a matching If-None-Match turns it
 * into a 304 without a body. Writes get no CORS headers: they will need authentication.
 */
@Provider
@PreMatching
public class OpenReadsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String CACHE_CONTROL = "public, max-age=60";
    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match";
    static final String EXPOSED_HEADERS = "ETag, Content-Type";

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
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)
                && !HttpMethod.OPTIONS.equals(method)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", "*");
        headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if (response.getStatus() == 200 && response.hasEntity() && isJson(response.getMediaType())) {
            cache(request, response);
        }
    }

    private static void cache(ContainerRequestContext request, ContainerResponseContext response) {
        String etag = etag(response.getEntity());
        if (etag == null) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
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
