package org.thirdsectoratlas.editing.domain;

import java.util.List;

/** A network or consortium draft: a named group of organisations. */
public interface GroupDraft {

    String id();

    String name();

    String description();

    /** The organisations named, each once (the consortium's lead included, first). */
    default List<Partner> named() {
        return partners();
    }

    List<Partner> partners();
}
