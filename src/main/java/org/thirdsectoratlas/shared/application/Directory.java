package org.thirdsectoratlas.shared.application;

import org.thirdsectoratlas.shared.domain.DirectoryRepository;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/**
 * The read use cases every directory shares (networks, consortia, communities...): one item by id, an
 * unknown id being an {@link UnknownIdException}, and filtered pages. Each feature subclasses it as a bean.
 */
public abstract class Directory<T, S, F> {

    private final String kind;
    private final DirectoryRepository<T, S, F> repository;

    protected Directory(String kind, DirectoryRepository<T, S, F> repository) {
        this.kind = kind;
        this.repository = repository;
    }

    public T get(String id) {
        return repository.findById(id).orElseThrow(() -> new UnknownIdException(kind, id));
    }

    public Page<S> list(F filter, PageRequest request) {
        return repository.list(filter, request);
    }
}
