package org.thirdsectoratlas.editing.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.editing.domain.TieClaim;
import org.thirdsectoratlas.editing.domain.TieRepository;
import org.thirdsectoratlas.editing.domain.TieTransition;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.trust.domain.TrustGraphChanged;

/**
 * Claim, confirm and withdraw ties between organisations, networks and resources; every write is followed by
 * a {@link TrustGraphChanged} so that the insights computed ahead are refreshed.
 */
@ApplicationScoped
public class TieEditing {

    static final int QUEUE_LIMIT = 200;

    private TieRepository repository;
    private Event<TrustGraphChanged> changed;

    protected TieEditing() {
        // for CDI proxies
    }

    @Inject
    public TieEditing(TieRepository repository, Event<TrustGraphChanged> changed) {
        this.repository = repository;
        this.changed = changed;
    }

    /** Ties the caller may not see are unknown to them (404, not 403: no leak of their existence). */
    public Tie get(String tieId, Caller caller) {
        return repository.tie(tieId, caller.viewer()).orElseThrow(() -> new UnknownIdException("tie", tieId));
    }

    public Tie claim(TieClaim claim, Caller caller) {
        EditPolicy.requireCanClaim(caller, claim.from());
        claim.requireTwoSides();
        return fired("tie claimed", repository.claim(claim, caller.user()));
    }

    /** Confirm (the other side or a moderator) or withdraw (either side or a moderator). */
    public Tie transition(String tieId, TieTransition transition, Caller caller) {
        EditPolicy.requireAuthenticated(caller);
        Tie moved = repository.transition(tieId, transition, caller.viewer(), caller.user(),
                EditPolicy.requireCanMove(caller, transition));
        return fired("tie " + transition.status().toLowerCase(), moved);
    }

    /** A tie of the caller's queue and whether the caller may confirm it (the other side, or a moderator). */
    public record Queued(Tie tie, boolean confirmable) {
    }

    /** The live ties recorded from or addressed to the caller's organisations; for moderators every claim too. */
    public List<Queued> queue(Caller caller) {
        EditPolicy.requireAuthenticated(caller);
        return repository.liveTies(caller.organisations(), caller.isModerator(), QUEUE_LIMIT).stream()
                .map(t -> new Queued(t.tie(), "CLAIMED".equals(t.tie().status())
                        && EditPolicy.canConfirm(caller, t.otherSide()))).toList();
    }

    private Tie fired(String reason, Tie tie) {
        changed.fire(new TrustGraphChanged(reason));
        return tie;
    }
}
