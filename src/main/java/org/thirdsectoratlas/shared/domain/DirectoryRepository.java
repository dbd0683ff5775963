package org.thirdsectoratlas.shared.domain;

import java.util.Optional;

/**
 * What every directory of the Atlas can do: find one item by id and list a filtered page, each showing only
 * what the viewer may see (privacy tiers, docs/security.md).
 *
 * @param <T> the full item
 * @param <S> a line of the list
 * @param <F> what the list can be filtered by (null = no filter)
 */
public interface DirectoryRepository<T, S, F> {

    /** The item with the facts the viewer may see; empty when unknown or not visible to the viewer. */
    Optional<T> findById(String id, Viewer viewer);

    Page<S> list(F filter, PageRequest request, Viewer viewer);
}
