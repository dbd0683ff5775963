package org.thirdsectoratlas.platform.rest;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A quota per client that the client can see (IETF draft-ietf-httpapi-ratelimit-headers): every API answer says
 * which policy applied ({@code RateLimit-Policy: "writes";q=120;w=60}) and what is left
 * ({@code RateLimit: "writes";r=57;t=41}); beyond the quota the answer is a 429 problem with Retry-After, and the
 * request is not run. Writes by a signed-in caller count per user, the token endpoint per address (no user yet);
 * everything else is a read, per user or address. Fixed windows, counted in memory on each server.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1) // before the resource runs; after Liberty has read the token
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String TOKEN_PATH = "auth/token";
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";
    /** Beyond this many clients, windows that have ended are dropped before another is added. */
    private static final int MAX_CLIENTS = 100_000;

    /** A named quota: q requests per w seconds. */
    record Policy(String name, int quota, int windowSeconds) {

        String header() {
            return '"' + name + "\";q=" + quota + ";w=" + windowSeconds;
        }
    }

    /** What one request was told. */
    record Decision(Policy policy, int remaining, long resetSeconds, boolean allowed) {

        String header() {
            return '"' + policy.name() + "\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    private static final class Window {
        final long start;
        int count;

        Window(long start) {
            this.start = start;
        }
    }

    private final Policy reads;
    private final Policy writes;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Context
    private HttpServletRequest servletRequest;

    public RateLimitFilter() {
        this(policy("reads", 10_000, 1), policy("writes", 120, 60), System::currentTimeMillis);
    }

    RateLimitFilter(Policy reads, Policy writes, LongSupplier clock) {
        this.reads = reads;
        this.writes = writes;
        this.clock = clock;
    }

    private static Policy policy(String name, int quota, int window) {
        Config config = ConfigProvider.getConfig();
        return new Policy(name,
                config.getOptionalValue("atlas.ratelimit." + name + ".quota", Integer.class).orElse(quota),
                config.getOptionalValue("atlas.ratelimit." + name + ".window-seconds", Integer.class).orElse(window));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (HttpMethod.OPTIONS.equals(method)) {
            return;
        }
        Principal user = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        boolean write = !HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method);
        boolean token = write && request.getUriInfo().getPath().replaceFirst("^/", "").equals(TOKEN_PATH);
        Policy policy = (write && user != null) || token ? writes : reads;
        String client = user != null && !token ? "user:" + user.getName() : "address:" + address();
        Decision decision = count(policy, client);
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            request.abortWith(Problem.of("too-many-requests", "Too many requests", Response.Status.TOO_MANY_REQUESTS,
                    "This client has used its " + policy.quota() + " " + policy.name() + " per " + policy.windowSeconds()
                            + " s; try again in " + decision.resetSeconds() + " s.").toResponse());
        }
    }

    private String address() {
        try {
            return servletRequest == null ? "unknown" : servletRequest.getRemoteAddr().toLowerCase(Locale.ROOT);
        } catch (IllegalStateException e) {
            return "unknown"; // no servlet request behind this call
        }
    }

    Decision count(Policy policy, String client) {
        long now = clock.getAsLong();
        long length = policy.windowSeconds() * 1000L;
        if (windows.size() > MAX_CLIENTS) {
            windows.values().removeIf(window -> now - window.start >= length);
        }
        Decision[] decision = new Decision[1];
        windows.compute(policy.name() + ' ' + client, (key, current) -> {
            Window window = current == null || now - current.start >= length ? new Window(now) : current;
            window.count++;
            long reset = Math.max(1, (window.start + length - now + 999) / 1000);
            decision[0] = new Decision(policy, Math.max(0, policy.quota() - window.count), reset,
                    window.count <= policy.quota());
            return window;
        });
        return decision[0];
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof Decision decision) {
            response.getHeaders().putSingle("RateLimit-Policy", decision.policy().header());
            response.getHeaders().putSingle("RateLimit", decision.header());
            if (!decision.allowed()) {
                response.getHeaders().putSingle("Retry-After", Long.toString(decision.resetSeconds()));
            }
        }
    }
}
