package org.thirdsectoratlas.editing.interfaces.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.editing.application.OrganisationEditing;
import org.thirdsectoratlas.editing.domain.Change;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.security.interfaces.web.ExplorerSession;

/** history.xhtml?id=leeds-gate: every change, newest first (members and moderators); moderators can undo. */
@Named
@ViewScoped
public class HistoryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SIZE = 50;

    private OrganisationEditing editing;
    private ExplorerSession session;
    private String id;
    private List<Change> changes = List.of();

    protected HistoryView() {
        // for CDI proxies
    }

    @Inject
    public HistoryView(OrganisationEditing editing, ExplorerSession session) {
        this.editing = editing;
        this.session = session;
    }

    /** f:viewAction */
    public void load() {
        if (!PageMessages.validId("id", id)) {
            return;
        }
        var page = EditPageMessages.attempt(() -> editing.history(id, 0, SIZE, session.caller()));
        changes = page == null ? List.of() : page.items();
    }

    public void undo(String changeId) {
        Change undo = EditPageMessages.attempt(() -> editing.undo(changeId, session.caller()));
        if (undo != null) {
            PageMessages.info("Undone: " + changeId + " (recorded as " + undo.id() + ").");
            load();
        }
    }

    public boolean isModerator() {
        return session.caller().isModerator();
    }

    public List<Change> getChanges() { return changes; }
    public String getId() { return id; }
    public void setId(String id) { this.id = ViewParams.blankToNull(id); }
}
