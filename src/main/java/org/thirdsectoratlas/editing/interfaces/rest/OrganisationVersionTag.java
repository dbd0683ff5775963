package org.thirdsectoratlas.editing.interfaces.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.thirdsectoratlas.editing.application.OrganisationEditing;
import org.thirdsectoratlas.editing.domain.EditableOrganisation;

/**
 * GET /api/organisations/{id} carries the organisation's version as its strong ETag ("v3"), the value a
 * PUT must send back in If-Match. Read-side ETag filters must leave an ETag that is already set alone; this
 * filter runs before OpenReadsFilter (response filters run in descending priority).
 */
@Provider
@Priority(Priorities.USER)
public class OrganisationVersionTag implements ContainerResponseFilter {

    private static final Pattern ORGANISATION = Pattern.compile("/?organisations/([A-Za-z0-9][A-Za-z0-9_.-]{0,199})/?");

    @Inject
    OrganisationEditing editing;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        Matcher m = ORGANISATION.matcher(request.getUriInfo().getPath());
        if (m.matches()) {
            editing.version(m.group(1)).map(EditableOrganisation::etag)
                    .ifPresent(etag -> response.getHeaders().putSingle(HttpHeaders.ETAG, etag));
        }
    }
}
