package org.thirdsectoratlas.organisations.interfaces.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.organisations.application.OrganisationDirectory;
import org.thirdsectoratlas.organisations.domain.Collaborators;
import org.thirdsectoratlas.organisations.domain.Organisation;
import org.thirdsectoratlas.organisations.interfaces.rest.OrganisationLinkedData;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/** One organisation's page: organisation.xhtml?id=age-uk-leeds. */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private OrganisationDirectory directory;
    private String id;
    private Organisation organisation;
    private List<CollaboratorGroups.Group> collaboratorGroups = List.of();
    private Collaborators collaborators;
    private OrganisationLinkedData linkedData;
    private String jsonLd;

    protected OrganisationView() {
        // for CDI proxies
    }

    @Inject
    public OrganisationView(OrganisationDirectory directory, OrganisationLinkedData linkedData) {
        this.directory = directory;
        this.linkedData = linkedData;
    }

    /** Called once the view parameters are set (f:viewAction). */
    public void load() {
        if (!PageMessages.validId("id", id)) {
            return;
        }
        try {
            organisation = directory.get(id, Viewer.PUBLIC);
            collaborators = directory.collaborators(id, Viewer.PUBLIC);
            collaboratorGroups = CollaboratorGroups.of(collaborators);
            jsonLd = OrganisationLinkedData.scriptSafe(linkedData.document(id, Viewer.PUBLIC, apiBase()).toString());
        } catch (UnknownIdException e) {
            PageMessages.notFound(e);
        }
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** The API's JSON-LD document for the page's script element, already safe inside it (scriptSafe). */
    public String getJsonLd() {
        return jsonLd;
    }

    /** The API's address as this request reached the server, so the page names the same nodes as the API. */
    private static String apiBase() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String port = (external.getRequestScheme().equals("http") && external.getRequestServerPort() == 80)
                || (external.getRequestScheme().equals("https") && external.getRequestServerPort() == 443)
                ? "" : ":" + external.getRequestServerPort();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + port
                + external.getRequestContextPath() + "/api/";
    }

    public List<CollaboratorGroups.Group> getCollaboratorGroups() {
        return collaboratorGroups;
    }

    /** The networks whose co-members were capped (a large network would list hundreds). */
    public List<Collaborators.TruncatedNetwork> getTruncatedNetworks() {
        return collaborators == null ? List.of() : collaborators.truncatedNetworks();
    }

    /** The directions of infrastructure support that were capped (a city's hub supports thousands). */
    public List<Collaborators.TruncatedSupport> getTruncatedSupport() {
        return collaborators == null ? List.of() : collaborators.truncatedSupport();
    }

    // view parameter
    public String getId() { return id; }
    public void setId(String id) { this.id = ViewParams.blankToNull(id); }
}
