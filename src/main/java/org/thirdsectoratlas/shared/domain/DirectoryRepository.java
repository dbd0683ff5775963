package org.thirdsectoratlas.shared.domain;

import java.util.Optional;

/**
 * What every directory of the Atlas can do: find one item by id and list a filtered page.
 *
 * @param <T> the full item
 * @param <S> a line of the list
 * @param <F> what the list can be filtered by (null = no filter)
 */
public interface DirectoryRepository<T, S, F> {

    Optional<T> findById(String id);

    Page<S> list(F filter, PageRequest request);
}
