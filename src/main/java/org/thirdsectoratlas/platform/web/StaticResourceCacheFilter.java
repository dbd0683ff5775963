package org.thirdsectoratlas.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Versioned static resources may be kept for a year: Faces resources whose address carries {@code v=}
 * (PrimeFaces', and the application's own through VersionedResources) and the webjars, whose path holds the
 * library's version. Their content never changes under the same address, so a phone fetches each once. An
 * error answer (a mistyped address) is never kept. Pages and API answers are left to their own caching.
 */
@WebFilter(urlPatterns = {"/jakarta.faces.resource/*", "/webjars/*"}, asyncSupported = true)
public class StaticResourceCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean webjar = request.getRequestURI().startsWith(request.getContextPath() + "/webjars/");
        if (!webjar && request.getParameter("v") == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", IMMUTABLE);
        chain.doFilter(request, new KeptOnlyWhenFound(response));
    }

    /**
     * The year-long lifetime stands against the resource handler's own (Mojarra's a week); a 4xx or 5xx answer
     * drops it.
     */
    private static final class KeptOnlyWhenFound extends HttpServletResponseWrapper {

        private boolean failed;

        KeptOnlyWhenFound(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setStatus(int status) {
            forget(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            forget(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            forget(status);
            super.sendError(status, message);
        }

        private void forget(int status) {
            if (status >= 400 && !failed) {
                failed = true;
                ((HttpServletResponse) getResponse()).setHeader("Cache-Control", "no-store");
            }
        }
    }
}
