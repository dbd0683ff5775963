package org.thirdsectoratlas.platform.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.ext.Provider;

/** Puts a paged answer's links in the Link header too (RFC 8288), for clients that page by header. */
@Provider
public class PagingLinksFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof PagedList<?> list) {
            header(list.links()).forEach(link -> response.getHeaders().add("Link", link.toString()));
        }
    }

    static List<Link> header(PagedList.PageLinks links) {
        List<Link> header = new ArrayList<>();
        add(header, links.first(), "first");
        add(header, links.prev(), "prev");
        add(header, links.next(), "next");
        add(header, links.last(), "last");
        return header;
    }

    private static void add(List<Link> header, URI target, String rel) {
        if (target != null) {
            header.add(Link.fromUri(target).rel(rel).build());
        }
    }
}
