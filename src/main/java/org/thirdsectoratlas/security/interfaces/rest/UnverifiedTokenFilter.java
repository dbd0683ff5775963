package org.thirdsectoratlas.security.interfaces.rest;

import java.io.IOException;
import java.util.Locale;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import org.thirdsectoratlas.platform.rest.Problem;

/**
 * A request that sends a bearer token the server could not verify (signed by another key, expired, forged,
 * for another audience) is refused with 401, on reads too: answering it as anonymous would hide the fault from
 * the client (a replica with the wrong key, an expired session) behind a silently poorer answer. The container
 * verifies the token before this filter runs; a verified one leaves a principal behind.
 */
@WebFilter(urlPatterns = "/*", filterName = "unverified-token")
public class UnverifiedTokenFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (bearer(request.getHeader("Authorization")) && request.getUserPrincipal() == null) {
            Problem problem = Problem.of("invalid-token", "Invalid token", Response.Status.UNAUTHORIZED,
                    "The bearer token could not be verified (expired, altered, or signed by a key this server does "
                            + "not trust). Get a new one from POST /api/auth/token, or send the request without it.");
            response.setStatus(problem.status());
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("WWW-Authenticate", "Bearer realm=\"atlas\", error=\"invalid_token\"");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(JSON.toJson(problem));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean bearer(String authorization) {
        return authorization != null && authorization.length() >= 7
                && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ");
    }
}
