package org.thirdsectoratlas.security.domain;

import java.util.Set;

import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * Who is asking: the authenticated user, their roles (member, moderator, admin) and the organisations
 * they are a member of. Anonymous callers have no user, no roles and no organisations.
 */
public record Caller(String user, Set<String> roles, Set<String> organisations) {

    public static final String MEMBER = "member";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";

    private static final Caller ANONYMOUS = new Caller(null, Set.of(), Set.of());

    public Caller {
        roles = Set.copyOf(roles);
        organisations = Set.copyOf(organisations);
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public boolean isAuthenticated() {
        return user != null;
    }

    /** Admins can do everything moderators can. */
    public boolean isModerator() {
        return roles.contains(MODERATOR) || roles.contains(ADMIN);
    }

    /** What privacy tiers let this caller read. */
    public Viewer viewer() {
        return new Viewer(organisations, isModerator());
    }

    public boolean isMemberOf(String organisationId) {
        return organisations.contains(organisationId);
    }
}
