package org.thirdsectoratlas.editing.interfaces.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.editing.application.TieEditing;
import org.thirdsectoratlas.editing.domain.Tie;
import org.thirdsectoratlas.editing.domain.TieClaim;
import org.thirdsectoratlas.editing.domain.TieKind;
import org.thirdsectoratlas.editing.domain.TieTransition;
import org.thirdsectoratlas.organisations.interfaces.web.OrganisationNames;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.Words;
import org.thirdsectoratlas.security.interfaces.web.ExplorerSession;

/**
 * my-organisation.xhtml: the signed-in member's organisations (with their edit pages), a form to record a tie
 * from one of them, the ties waiting for them to confirm and those they recorded; moderators see every claim.
 */
@Named
@ViewScoped
public class MyOrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int NAME_LIMIT = 200;
    private static final Map<TieKind, String> TARGET_WORDS = Map.of(TieKind.COLLABORATION, "organisation",
            TieKind.MEMBERSHIP, "network", TieKind.PARTNERSHIP, "consortium", TieKind.SHARED_RESOURCE, "resource");
    private static final Map<String, String> FIELDS = Map.of("detail", "claim:detail", "to", "claim:to",
            "from", "claim:from", "kind", "claim:kind");
    private static final Map<String, String> LABELS = Map.of("detail", "Detail", "to", "With", "from", "From",
            "kind", "Kind of tie");

    private TieEditing ties;
    private ExplorerSession session;
    private TieTargets targets;
    private OrganisationNames organisationNames;
    private final Map<String, String> targetNames = new HashMap<>();
    private List<TieEditing.Queued> queue = List.of();
    private String from;
    private String kind = "COLLABORATION";
    private String to;
    private String detail;

    protected MyOrganisationView() {
        // for CDI proxies
    }

    @Inject
    public MyOrganisationView(TieEditing ties, ExplorerSession session, TieTargets targets,
            OrganisationNames organisationNames) {
        this.ties = ties;
        this.session = session;
        this.targets = targets;
        this.organisationNames = organisationNames;
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

    /**
     * Records the tie. "With" is resolved to an id first (a chosen suggestion, or a name typed in full), so that
     * what names nothing is said beside that field with what was typed, and never reaches the use case as an
     * unknown id; a detail that breaks the draft's rules is said beside the detail.
     */
    public void claim() {
        TieKind tieKind = tieKind();
        if (tieKind == null) {
            PageMessages.warnAt("claim:kind", "Kind of tie: choose one of the list.");
            return;
        }
        if (to == null || to.isBlank()) {
            to = typedWith();
        }
        if (to != null && to.strip().length() > NAME_LIMIT) {
            PageMessages.warnAt("claim:to", "With: too long (" + String.format(Locale.UK, "%,d", to.strip().length())
                    + " characters): a name has at most " + NAME_LIMIT
                    + " characters. Type part of the name and pick a suggestion.");
            return;
        }
        Optional<TieTargets.Target> target = targets.resolve(tieKind, to, session.caller().viewer());
        if (target.isEmpty()) {
            PageMessages.warnAt("claim:to", withMessage(tieKind));
            return;
        }
        TieClaim claim = new TieClaim(kind, from, target.get().id(), detail == null || detail.isBlank()
                ? null : detail.strip(), "PUBLIC");
        var violations = EditPageMessages.violations(claim);
        if (!violations.isEmpty()) {
            violations.forEach(v -> PageMessages.warnAt(FIELDS.getOrDefault(v.getPropertyPath().toString(), null),
                    LABELS.getOrDefault(v.getPropertyPath().toString(), v.getPropertyPath().toString()) + ": "
                            + v.getMessage() + "."));
            return;
        }
        Tie tie = EditPageMessages.attempt(() -> ties.claim(claim, session.caller()));
        if (tie != null) {
            PageMessages.info("Recorded: " + organisationNames.name(tie.from()) + " → " + target.get().name()
                    + " is " + tie.status() + " until the other side confirms it.");
            to = null;
            detail = null;
            load();
        }
    }

    /**
     * The text shown in "With". The autocomplete submits its hidden field, which follows the text only after a key
     * press or a paste: text put there otherwise (autofill, drag and drop) would arrive as nothing, and the page
     * would ask for a name the member had given and clear it.
     */
    private static String typedWith() {
        String shown = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("claim:to_input");
        return shown == null || shown.isBlank() ? null : shown;
    }

    private TieKind tieKind() {
        try {
            return kind == null ? null : TieKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String withMessage(TieKind tieKind) {
        String what = TARGET_WORDS.get(tieKind);
        if (to == null || to.isBlank()) {
            return "With: choose the " + what + " the tie is with: type part of its name and pick a suggestion.";
        }
        String typed = to.strip();
        List<String> closest = targets.complete(tieKind, String.join(" ",
                Arrays.stream(typed.split("\\s+")).limit(3).toList()), session.caller().viewer()).stream()
                .limit(5).map(TieTargets.Target::name).toList();
        return "With: no " + what + " is called '" + Words.shortened(typed) + "'. "
                + (closest.isEmpty() ? "Type part of its name and pick a suggestion."
                        : "Closest: " + String.join("; ", closest) + ".");
    }

    /** The "With" autocomplete: ids of targets of the chosen kind, their names remembered for the labels. */
    public List<String> completeTarget(String typed) {
        TieKind tieKind = tieKind();
        if (tieKind == null) {
            return List.of();
        }
        List<TieTargets.Target> found = targets.complete(tieKind, typed, session.caller().viewer());
        found.forEach(t -> targetNames.put(t.id(), t.name()));
        return found.stream().map(TieTargets.Target::id).toList();
    }

    /** A suggestion's name; what was typed stays as typed. */
    public String targetName(String value) {
        return value == null ? "" : targetNames.getOrDefault(value, value);
    }

    /** A tie's end in words: its name where it is an organisation, network, consortium or resource one sees. */
    public String endName(String tieKind, String id, boolean target) {
        if (!target) {
            return organisationNames.name(id);
        }
        try {
            return targets.byId(TieKind.valueOf(tieKind), id, session.caller().viewer()).map(TieTargets.Target::name)
                    .orElse(id);
        } catch (IllegalArgumentException e) {
            return id;
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
            PageMessages.info("The tie " + endName(tie.kind(), tie.from(), false) + " → "
                    + endName(tie.kind(), tie.to(), true) + " is now " + tie.status() + ".");
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
