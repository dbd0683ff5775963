package org.thirdsectoratlas.editing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.editing.domain.EditRepository;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.editing.domain.TieClaim;
import org.thirdsectoratlas.security.domain.Caller;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/** Claim, confirm and withdraw ties between organisations, networks and resources. */
@ApplicationScoped
public class TieEditing {

    private EditRepository repository;

    protected TieEditing() {
        // for CDI proxies
    }

    @Inject
    public TieEditing(EditRepository repository) {
        this.repository = repository;
    }

    /** Ties the caller may not see are unknown to them (404, not 403: no leak of their existence). */
    public Tie get(String tieId, Caller caller) {
        return repository.tie(tieId, caller.viewer()).orElseThrow(() -> new UnknownIdException("tie", tieId));
    }

    public Tie claim(TieClaim claim, Caller caller) {
        EditPolicy.requireCanClaim(caller, claim.from());
        return repository.claim(claim, caller.user());
    }

    public Tie confirm(String tieId, Caller caller) {
        EditPolicy.requireAuthenticated(caller);
        get(tieId, caller);
        EditPolicy.requireCanConfirm(caller, repository.otherSide(tieId));
        return repository.confirm(tieId, caller.user());
    }

    public Tie withdraw(String tieId, Caller caller) {
        EditPolicy.requireAuthenticated(caller);
        Tie tie = get(tieId, caller);
        EditPolicy.requireCanWithdraw(caller, tie.from(), repository.otherSide(tieId));
        return repository.withdraw(tieId, caller.user());
    }
}
