package org.thirdsectoratlas.security.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How registry groups become a caller's roles and organisations: the groups 'member', 'moderator' and
 * 'admin' are roles; a group 'org.<organisation id>' makes the user a member of that organisation. The
 * same convention works for a basic registry, LDAP groups or an OIDC provider's group claim.
 */
public final class Roles {

    public static final String ORGANISATION_GROUP_PREFIX = "org.";
    private static final Set<String> ROLES = Set.of(Caller.MEMBER, Caller.MODERATOR, Caller.ADMIN);

    private Roles() {
    }

    public static Set<String> roles(Collection<String> groups) {
        Set<String> roles = new LinkedHashSet<>();
        for (String group : groups) {
            if (ROLES.contains(group)) {
                roles.add(group);
            }
        }
        return roles;
    }

    public static Set<String> organisations(Collection<String> groups) {
        Set<String> organisations = new LinkedHashSet<>();
        for (String group : groups) {
            if (group.startsWith(ORGANISATION_GROUP_PREFIX) && group.length() > ORGANISATION_GROUP_PREFIX.length()) {
                organisations.add(group.substring(ORGANISATION_GROUP_PREFIX.length()));
            }
        }
        return organisations;
    }
}
