package org.thirdsectoratlas.editing.interfaces.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.editing.application.EditPolicy;
import org.thirdsectoratlas.editing.application.OrganisationEditing;
import org.thirdsectoratlas.editing.domain.EditableOrganisation;
import org.thirdsectoratlas.editing.domain.OrganisationDraft;
import org.thirdsectoratlas.editing.domain.StaleVersionException;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.security.domain.ForbiddenException;
import org.thirdsectoratlas.security.interfaces.web.ExplorerSession;
import org.thirdsectoratlas.shared.domain.UnknownIdException;

/**
 * Edit an organisation: edit-organisation.xhtml?id=leeds-gate. The form keeps the version it was opened at; a
 * save made stale by someone else's is refused with the current state shown, never written over it.
 */
@Named
@ViewScoped
public class EditOrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private OrganisationEditing editing;
    private ExplorerSession session;
    private String id;
    private EditableOrganisation original;
    private EditableOrganisation current;
    private long version;
    private String name;
    private String kind;
    private String description;
    private String website;
    private String sizeBand;
    private String visibility;
    private String identifiers;

    protected EditOrganisationView() {
        // for CDI proxies
    }

    @Inject
    public EditOrganisationView(OrganisationEditing editing, ExplorerSession session) {
        this.editing = editing;
        this.session = session;
    }

    /** f:viewAction: who may edit is checked before anything is shown. */
    public void load() {
        if (!PageMessages.validId("id", id)) {
            return;
        }
        var caller = session.caller();
        if (!caller.isAuthenticated()) {
            PageMessages.warn("Log in to edit an organisation.");
            status(401);
            return;
        }
        try {
            EditPolicy.requireCanEdit(caller, id);
            fill(editing.get(id));
        } catch (ForbiddenException e) {
            PageMessages.warn("You may not edit this organisation: only its members or a moderator may.");
            status(403);
        } catch (UnknownIdException e) {
            PageMessages.notFound(e);
        }
    }

    public void save() {
        if (original == null) {
            return;
        }
        OrganisationDraft draft = new OrganisationDraft(null, name, kind, blank(description),
                identifiers == null || identifiers.isBlank() ? List.of()
                        : Arrays.stream(identifiers.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                blank(website), blank(sizeBand), original.communities(), original.localities(), visibility);
        if (!EditPageMessages.valid(draft)) {
            return;
        }
        try {
            EditableOrganisation saved = EditPageMessages.attempt(() -> editing.update(id, version, draft,
                    session.caller()));
            if (saved != null) {
                fill(saved);
                PageMessages.info("Saved. This is now version " + saved.version() + ".");
            }
        } catch (StaleVersionException e) {
            current = (EditableOrganisation) e.current();
            PageMessages.warn("Someone saved a newer version (" + current.version() + ") while you were editing; "
                    + "nothing was saved. The current state is shown below: start again from it.");
        }
    }

    /** After a stale save: the form takes the current state and version. */
    public void startAgain() {
        if (current != null) {
            fill(current);
        }
    }

    private void fill(EditableOrganisation organisation) {
        original = organisation;
        current = null;
        version = organisation.version();
        name = organisation.name();
        kind = organisation.kind();
        description = organisation.description();
        website = organisation.website();
        sizeBand = organisation.sizeBand();
        visibility = organisation.visibility();
        identifiers = String.join(", ", organisation.identifiers());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void status(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }

    public List<String> getKinds() { return List.of(OrganisationDraft.KINDS.split("\\|")); }
    public List<String> getSizeBands() { return List.of(OrganisationDraft.SIZE_BANDS.split("\\|")); }
    public List<String> getVisibilities() { return List.of(OrganisationDraft.VISIBILITIES.split("\\|")); }
    public EditableOrganisation getOriginal() { return original; }
    public EditableOrganisation getCurrent() { return current; }
    public long getVersion() { return version; }

    public String getId() { return id; }
    public void setId(String id) { this.id = ViewParams.blankToNull(id); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getSizeBand() { return sizeBand; }
    public void setSizeBand(String sizeBand) { this.sizeBand = sizeBand; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String visibility) { this.visibility = visibility; }
    public String getIdentifiers() { return identifiers; }
    public void setIdentifiers(String identifiers) { this.identifiers = identifiers; }
}
