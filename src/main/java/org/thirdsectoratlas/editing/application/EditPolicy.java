package org.thirdsectoratlas.editing.application;

import java.util.Set;

import org.thirdsectoratlas.editing.domain.TiePermission;
import org.thirdsectoratlas.editing.domain.TieTransition;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.security.domain.ForbiddenException;
import org.thirdsectoratlas.security.domain.UnauthenticatedException;

/**
 * Object-level authorisation for every write (OWASP API1): who may change which organisation and tie.
 * Checked in the application layer so that every way in (REST, explorer) goes through the same rules.
 */
public final class EditPolicy {

    private EditPolicy() {
    }

    public static void requireAuthenticated(Caller caller) {
        if (!caller.isAuthenticated()) {
            throw new UnauthenticatedException("This needs a bearer token: POST /api/auth/token first.");
        }
    }

    /** Any member, moderator or admin may register a new organisation. */
    public static void requireCanCreate(Caller caller) {
        requireAuthenticated(caller);
        if (caller.roles().isEmpty()) {
            throw new ForbiddenException("Registering an organisation needs the member, moderator or admin role.");
        }
    }

    /** Members edit their own organisation; moderators edit any. */
    public static void requireCanEdit(Caller caller, String organisationId) {
        requireAuthenticated(caller);
        if (!caller.isModerator() && !caller.isMemberOf(organisationId)) {
            throw new ForbiddenException("Only members of '" + organisationId + "' or a moderator may change it.");
        }
    }

    /** Members and moderators read their organisation's history (it holds private facts); others may not. */
    public static void requireCanReadHistory(Caller caller, String organisationId) {
        requireCanEdit(caller, organisationId);
    }

    public static void requireModerator(Caller caller, String action) {
        requireAuthenticated(caller);
        if (!caller.isModerator()) {
            throw new ForbiddenException("Only a moderator may " + action + ".");
        }
    }

    /** A tie is claimed from an organisation the caller belongs to (or by a moderator). */
    public static void requireCanClaim(Caller caller, String fromOrganisation) {
        requireAuthenticated(caller);
        if (!caller.isModerator() && !caller.isMemberOf(fromOrganisation)) {
            throw new ForbiddenException("Only members of '" + fromOrganisation + "' may record its ties.");
        }
    }

    /** Only the other side (or a moderator) confirms: a claim cannot confirm itself. */
    public static boolean canConfirm(Caller caller, Set<String> otherSide) {
        return caller.isAuthenticated() && (caller.isModerator() || otherSide.stream().anyMatch(caller::isMemberOf));
    }

    public static void requireCanConfirm(Caller caller, Set<String> otherSide) {
        requireAuthenticated(caller);
        if (!canConfirm(caller, otherSide)) {
            throw new ForbiddenException("Only the other side of this tie or a moderator may confirm it.");
        }
    }

    /**
     * Networks, consortia and contracts: a member may record or edit one that names their own organisation (as
     * member, lead, partner, commissioner or deliverer); moderators any.
     */
    public static void requireSpeaksForOneOf(Caller caller, java.util.Collection<String> organisations,
                                             String what) {
        requireCanCreate(caller);
        if (!caller.isModerator() && organisations.stream().noneMatch(caller::isMemberOf)) {
            throw new ForbiddenException("Only members of an organisation named in " + what
                    + " or a moderator may record or change it.");
        }
    }

    /** Who may make the move: the other side confirms, either side withdraws (moderators both). */
    public static TiePermission requireCanMove(Caller caller, TieTransition transition) {
        return (tie, otherSide) -> {
            switch (transition) {
                case CONFIRM -> requireCanConfirm(caller, otherSide);
                case WITHDRAW -> requireCanWithdraw(caller, tie.from(), otherSide);
            }
        };
    }

    /** Either side (or a moderator) may withdraw. */
    public static void requireCanWithdraw(Caller caller, String from, Set<String> otherSide) {
        requireAuthenticated(caller);
        if (!caller.isModerator() && !caller.isMemberOf(from) && otherSide.stream().noneMatch(caller::isMemberOf)) {
            throw new ForbiddenException("Only either side of this tie or a moderator may withdraw it.");
        }
    }
}
