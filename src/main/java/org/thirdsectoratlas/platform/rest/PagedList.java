package org.thirdsectoratlas.platform.rest;

import java.net.URI;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;

/**
 * A page of a list as the API sends it: the items, where the page sits, and links to the first, previous, next
 * and last pages of the same query (the same links go in the Link header, PagingLinksFilter). Every paged
 * operation answers this shape.
 */
@JsonbPropertyOrder({"items", "page", "size", "total", "totalIsLowerBound", "links"})
@Schema(requiredProperties = {"items", "page", "size", "total", "totalIsLowerBound", "links"})
public record PagedList<T>(
        @Schema(maxItems = PageRequest.MAX_SIZE) List<T> items,
        @Schema(description = "0-based page number", minimum = "0", maximum = "1000000") int page,
        @Schema(description = "items per page asked for", minimum = "1", maximum = "" + PageRequest.MAX_SIZE) int size,
        @Schema(description = "how many items the query matches (a lower bound when totalIsLowerBound)", minimum = "0")
        long total,
        @Schema(description = "true when a text search stopped counting at a bound; there is then no last link")
        boolean totalIsLowerBound,
        PageLinks links) {

    /** Links to pages of the same query; absent when there is no such page. */
    @JsonbPropertyOrder({"self", "first", "prev", "next", "last"})
    @Schema(name = "PageLinks", requiredProperties = {"self", "first"})
    public record PageLinks(
            @Schema(format = "uri", maxLength = 4000) URI self,
            @Schema(format = "uri", maxLength = 4000) URI first,
            @Schema(format = "uri", maxLength = 4000, description = "absent on the first page") URI prev,
            @Schema(format = "uri", maxLength = 4000, description = "absent on the last page") URI next,
            @Schema(format = "uri", maxLength = 4000, description = "absent when the total is a lower bound")
            URI last) {
    }

    /** The page with links built on the request's own address (its other parameters kept). */
    public static <T> PagedList<T> of(Page<T> page, UriInfo request) {
        return new PagedList<>(page.items(), page.page(), page.size(), page.total(), page.totalIsLowerBound(),
                links(page, request));
    }

    static PageLinks links(Page<?> page, UriInfo request) {
        int current = page.page();
        long lastPage = Math.max(0, (page.total() + page.size() - 1) / page.size() - 1);
        boolean more = page.totalIsLowerBound() ? page.items().size() == page.size() : current < lastPage;
        Integer last = page.totalIsLowerBound() ? null : (int) Math.min(lastPage, Integer.MAX_VALUE);
        return new PageLinks(
                to(request, current, page.size()),
                to(request, 0, page.size()),
                current > 0 ? to(request, last == null ? current - 1 : Math.min(current - 1, last), page.size()) : null,
                more ? to(request, current + 1, page.size()) : null,
                last == null ? null : to(request, last, page.size()));
    }

    private static URI to(UriInfo request, int page, int size) {
        return request.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size).build();
    }
}
