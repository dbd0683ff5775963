package org.thirdsectoratlas.editing.interfaces.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.editing.application.TieEditing;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.editing.domain.TieClaim;
import org.thirdsectoratlas.editing.domain.TieTransition;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.security.interfaces.web.ExplorerSession;

/**
 * my-organisation.xhtml: the signed-in member's organisations (with their edit pages), a form to record a tie
 * from one of them, the ties waiting for them to confirm and those they recorded; moderators see every claim.
 */
@Named
@ViewScoped
public class MyOrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private TieEditing ties;
    private ExplorerSession session;
    private List<TieEditing.Queued> queue = List.of();
    private String from;
    private String kind = "COLLABORATION";
    private String to;
    private String detail;

    protected MyOrganisationView() {
        // for CDI proxies
    }

    @Inject
    public MyOrganisationView(TieEditing ties, ExplorerSession session) {
        this.ties = ties;
        this.session = session;
    }

    /** f:viewAction */
    public void load() {
        if (!session.caller().isAuthenticated()) {
            PageMessages.warn("Log in to see your organisation's ties.");
            return;
        }
        queue = ties.queue(session.caller());
        if (from == null && !getOrganisations().isEmpty()) {
            from = getOrganisations().get(0);
        }
    }

    public void claim() {
        TieClaim claim = new TieClaim(kind, from, to == null ? null : to.strip(), detail == null || detail.isBlank()
                ? null : detail.strip(), "PUBLIC");
        if (!EditPageMessages.valid(claim)) {
            return;
        }
        Tie tie = EditPageMessages.attempt(() -> ties.claim(claim, session.caller()));
        if (tie != null) {
            PageMessages.info("Recorded: " + tie.from() + " → " + tie.to() + " is " + tie.status()
                    + " until the other side confirms it.");
            to = null;
            detail = null;
            load();
        }
    }

    public void confirm(String tieId) {
        move(tieId, TieTransition.CONFIRM);
    }

    public void withdraw(String tieId) {
        move(tieId, TieTransition.WITHDRAW);
    }

    private void move(String tieId, TieTransition transition) {
        Tie tie = EditPageMessages.attempt(() -> ties.transition(tieId, transition, session.caller()));
        if (tie != null) {
            PageMessages.info("The tie " + tie.from() + " → " + tie.to() + " is now " + tie.status() + ".");
            load();
        }
    }

    public List<String> getOrganisations() {
        return session.caller().organisations().stream().sorted().toList();
    }

    public boolean isModerator() {
        return session.caller().isModerator();
    }

    public List<TieEditing.Queued> getToConfirm() {
        return queue.stream().filter(TieEditing.Queued::confirmable).toList();
    }

    public List<TieEditing.Queued> getOthers() {
        return queue.stream().filter(q -> !q.confirmable()).toList();
    }

    public List<String> getKinds() {
        return List.of("COLLABORATION", "MEMBERSHIP", "SHARED_RESOURCE", "PARTNERSHIP");
    }

    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
}
