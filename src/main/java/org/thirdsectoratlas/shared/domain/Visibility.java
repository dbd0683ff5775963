package org.thirdsectoratlas.shared.domain;

/**
 * Privacy tier of a fact (the 'visibility' property of a node or relationship; absent means PUBLIC):
 * PUBLIC for everyone, PARTNERS for the owning organisation's members and its confirmed partners'
 * members, PRIVATE for the owning organisation's members only. Moderators see all three.
 */
public enum Visibility {
    PUBLIC, PARTNERS, PRIVATE
}
