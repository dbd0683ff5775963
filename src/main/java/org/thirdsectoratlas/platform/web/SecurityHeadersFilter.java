package org.thirdsectoratlas.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response of the application (docs/security.md). Pages get a CSP that
 * PrimeFaces can live with: it writes inline scripts and event handlers, hence 'unsafe-inline' for scripts,
 * while everything is loaded from this origin only, nothing may frame the pages and no plugin runs. The API
 * returns data only, so its CSP allows nothing at all.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Sources a frame-ancestors list may hold: '*', 'self', 'none', schemes and hosts (no ';' or quotes). */
    private static final java.util.regex.Pattern ANCESTORS = java.util.regex.Pattern.compile(
            "(\\*|'self'|'none'|[A-Za-z][A-Za-z0-9+.-]*:(//[A-Za-z0-9*.:\\[\\]-]+)?)( (\\*|'self'|'none'|[A-Za-z][A-Za-z0-9+.-]*:(//[A-Za-z0-9*.:\\[\\]-]+)?))*");
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private String embedCsp = embedCsp("*");

    /**
     * Only the embeddable pages (/embed/, the read-only map) may be framed, by the sites listed in
     * {@code atlas.embed.frame-ancestors} (default '*': the public graph may be shown anywhere).
     */
    @Override
    public void init() throws ServletException {
        String ancestors = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("atlas.embed.frame-ancestors", String.class).orElse("*").strip();
        embedCsp = embedCsp(ANCESTORS.matcher(ancestors).matches() ? ancestors : "'none'");
    }

    static String embedCsp(String ancestors) {
        return PAGE_CSP.replace("frame-ancestors 'none'", "frame-ancestors " + ancestors);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        boolean embed = request.getRequestURI().startsWith(request.getContextPath() + "/embed/");
        response.setHeader("Content-Security-Policy", api ? API_CSP : embed ? embedCsp : PAGE_CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!embed) { // frame-ancestors alone governs the embeddable pages
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
