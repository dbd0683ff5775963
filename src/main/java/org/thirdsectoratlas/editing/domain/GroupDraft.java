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

    /** The field that names the organisations: "members" of a network, "partners" of a consortium. */
    String namedField();

    /** Each organisation is named once (a second mention would be a second tie). */
    default void requireNamedOnce() {
        List<String> ids = named().stream().map(Partner::organisation).toList();
        if (new java.util.HashSet<>(ids).size() != ids.size()) {
            throw new InvalidEditException(namedField(), "Each organisation may be named once.");
        }
    }
}
