package org.thirdsectoratlas.shared.application;

import org.thirdsectoratlas.shared.domain.DirectoryRepository;
import org.thirdsectoratlas.shared.domain.Page;
import org.thirdsectoratlas.shared.domain.PageRequest;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The read use cases every directory shares (networks, consortia, communities...): one item by id, an
 * unknown id being an {@link UnknownIdException}, and filtered pages. Each feature subclasses it as a bean.
 * Every read is for a {@link Viewer}: what the privacy tiers hide from them is absent (a hidden item is
 * unknown to them, 404 rather than 403).
 */
public abstract class Directory<T, S, F> {

    private final String kind;
    private final DirectoryRepository<T, S, F> repository;

    protected Directory(String kind, DirectoryRepository<T, S, F> repository) {
        this.kind = kind;
        this.repository = repository;
    }

    public T get(String id, Viewer viewer) {
        return repository.findById(id, viewer).orElseThrow(() -> new UnknownIdException(kind, id));
    }

    public Page<S> list(F filter, PageRequest request, Viewer viewer) {
        return repository.list(filter, request, viewer);
    }
}
