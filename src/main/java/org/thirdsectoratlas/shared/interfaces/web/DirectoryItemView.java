package org.thirdsectoratlas.shared.interfaces.web;

import org.thirdsectoratlas.platform.web.IdView;
import org.thirdsectoratlas.shared.application.Directory;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The page of one item of a directory (community.xhtml?id=…, network.xhtml?id=…): the item as the public may see it
 * (Viewer.PUBLIC), and whatever the page shows beside it, which each feature reads in {@link #readBeside}.
 */
public abstract class DirectoryItemView<T> extends IdView {

    private static final long serialVersionUID = 1L;

    private Directory<T, ?, ?> directory;
    private T item;

    protected DirectoryItemView() {
        // for CDI proxies
    }

    protected DirectoryItemView(Directory<T, ?, ?> directory) {
        this.directory = directory;
    }

    @Override
    protected void read(String id) {
        item = directory.get(id, Viewer.PUBLIC);
        readBeside(id, item);
    }

    /** What the page shows beside the item; nothing unless a feature says. */
    protected void readBeside(String id, T item) {
        // nothing beside the item
    }

    /** The item read, or null before a successful read. */
    protected T item() {
        return item;
    }
}
