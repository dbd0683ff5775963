package org.thirdsectoratlas.platform.health;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;

/** Notes every request, pages and API alike, from its start until its answer is written. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class InFlightRequestFilter implements Filter {

    @Inject
    InFlightRequests requests;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long ticket = requests.started();
        try {
            chain.doFilter(request, response);
        } finally {
            requests.finished(ticket);
        }
    }
}
