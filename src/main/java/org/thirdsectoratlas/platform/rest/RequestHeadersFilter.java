package org.thirdsectoratlas.platform.rest;

import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a Content-Type no API operation could take before the container parses it: a 4 KB media type once
 * made the container log an exception quoting it whole. Every body the API reads is JSON or a form, whose media
 * types are short; 415 problem+json with fixed words otherwise.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestHeadersFilter implements ContainerRequestFilter {

    /** Longer than any media type with parameters the API takes (application/json; charset=UTF-8). */
    static final int LONGEST_CONTENT_TYPE = 200;

    @Override
    public void filter(ContainerRequestContext request) {
        String contentType = request.getHeaderString("Content-Type");
        if (contentType != null && !acceptable(contentType)) {
            request.abortWith(ContainerProblems.of(415).toResponse());
        }
    }

    /** type/subtype as RFC 9110 tokens, then any parameters. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+"
            + "\\s*(;.*)?", Pattern.DOTALL);

    static boolean acceptable(String contentType) {
        return contentType.length() <= LONGEST_CONTENT_TYPE && MEDIA_TYPE.matcher(contentType.strip()).matches();
    }
}
