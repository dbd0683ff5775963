package org.thirdsectoratlas.platform.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import org.thirdsectoratlas.platform.graph.ChangeSignal;
import org.thirdsectoratlas.platform.graph.ReadYourWrites;

/**
 * Read your writes on any replica: a write's answer carries {@code Atlas-Bookmark} (the Neo4j bookmark of its
 * transaction); a request that sends it back reads at least that state, on a cluster member or another replica.
 * Such a request first reads the change counter at that bookmark, so a replica that has not yet seen the write
 * through its change signal learns of it now (caches, trust graph) instead of within its next poll, and the
 * answer caches are passed by.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 3) // after the rate limit and idempotency filters: their refusals read nothing
public class BookmarkFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Atlas-Bookmark";
    /** A Neo4j bookmark is a short opaque token; a handful cover any chain of writes a client waits for. */
    private static final Pattern BOOKMARK = Pattern.compile("[\\x21-\\x2b\\x2d-\\x7e]{1,500}");
    private static final int MOST_BOOKMARKS = 8;

    /** Field injection: RESTEasy makes providers with their public no-argument constructor. */
    @Inject
    ChangeSignal signal;

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> sent = new ArrayList<>();
        for (String header : request.getHeaders().getOrDefault(HEADER, List.of())) {
            for (String value : header.split(",")) {
                if (!value.isBlank()) {
                    sent.add(value.strip());
                }
            }
        }
        if (sent.size() > MOST_BOOKMARKS || !sent.stream().allMatch(value -> BOOKMARK.matcher(value).matches())) {
            ReadYourWrites.end();
            request.abortWith(Problem.badParameter(HEADER, HEADER + " must be at most " + MOST_BOOKMARKS
                    + " bookmarks, comma-separated, as a write's answer gave them.").toResponse());
            return;
        }
        ReadYourWrites.begin(sent);
        if (!sent.isEmpty()) {
            signal.poll();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var written = ReadYourWrites.end();
        if (!written.isEmpty()) {
            response.getHeaders().putSingle(HEADER, String.join(", ", written));
        }
    }
}
