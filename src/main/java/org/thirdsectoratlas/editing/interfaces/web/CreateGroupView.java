package org.thirdsectoratlas.editing.interfaces.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.editing.application.GroupEditing;
import org.thirdsectoratlas.editing.domain.ConsortiumDraft;
import org.thirdsectoratlas.editing.domain.ContractDraft;
import org.thirdsectoratlas.editing.domain.EditableGroup;
import org.thirdsectoratlas.editing.domain.GroupType;
import org.thirdsectoratlas.editing.domain.NetworkDraft;
import org.thirdsectoratlas.editing.domain.Partner;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.security.interfaces.web.ExplorerSession;

/**
 * Create a network, consortium or contract: create-group.xhtml?type=consortium. The same drafts, Bean Validation
 * and {@link GroupEditing} use cases as the API, so the same rules hold: a member names their own organisation,
 * organisations they do not speak for are recorded CLAIMED (invited) until their members confirm.
 */
@Named
@ViewScoped
public class CreateGroupView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PARTNER_ROWS = 5;

    private GroupEditing editing;
    private ExplorerSession session;
    private String type;
    private GroupType groupType;
    private String name;
    private String description;
    private String formality = "INFORMAL";
    private String structure = "LEAD_PARTNER";
    private String lead;
    private final List<PartnerRow> partners = new ArrayList<>();
    private String value;
    private String startDate;
    private String endDate;
    private String commissioner;
    private String deliveredBy;
    private EditableGroup created;

    /** One organisation named in the form, with its role. */
    public static final class PartnerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String organisation;
        private String role;

        public String getOrganisation() { return organisation; }
        public void setOrganisation(String organisation) { this.organisation = organisation; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
    }

    protected CreateGroupView() {
        // for CDI proxies
    }

    @Inject
    public CreateGroupView(GroupEditing editing, ExplorerSession session) {
        this.editing = editing;
        this.session = session;
        for (int i = 0; i < PARTNER_ROWS; i++) {
            partners.add(new PartnerRow());
        }
    }

    /** f:viewAction: the type must be one this page creates, and the caller signed in. */
    public void load() {
        if (type == null || !List.of("network", "consortium", "contract").contains(type)) {
            PageMessages.badRequest("The parameter 'type' must be network, consortium or contract.");
            return;
        }
        groupType = GroupType.valueOf(type.toUpperCase(Locale.ROOT));
        if (!session.caller().isAuthenticated()) {
            PageMessages.warn("Log in to record a " + type + ".");
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(401);
            groupType = null;
            return;
        }
        List<String> own = getOrganisations();
        if (!own.isEmpty()) {
            if (lead == null) {
                lead = own.get(0);
            }
            if (commissioner == null) {
                commissioner = own.get(0);
            }
            if (partners.get(0).organisation == null && groupType == GroupType.NETWORK) {
                partners.get(0).organisation = own.get(0);
            }
        }
    }

    public void create() {
        if (groupType == null) {
            return;
        }
        Object draft = draft();
        if (draft == null || !EditPageMessages.valid(draft)) {
            return;
        }
        EditableGroup group = EditPageMessages.attempt(() -> switch (groupType) {
            case NETWORK -> editing.createNetwork((NetworkDraft) draft, session.caller());
            case CONSORTIUM -> editing.createConsortium((ConsortiumDraft) draft, session.caller());
            case CONTRACT -> editing.createContract((ContractDraft) draft, session.caller());
        });
        if (group != null) {
            created = group;
            PageMessages.info("Recorded the " + type + " '" + group.name() + "' (" + group.id() + ").");
        }
    }

    private Object draft() {
        return switch (groupType) {
            case NETWORK -> new NetworkDraft(null, strip(name), strip(description), formality, named());
            case CONSORTIUM -> new ConsortiumDraft(null, strip(name), strip(description), structure, strip(lead),
                    named());
            case CONTRACT -> contract();
        };
    }

    private ContractDraft contract() {
        BigDecimal pounds = null;
        if (strip(value) != null) {
            try {
                pounds = new BigDecimal(value.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                PageMessages.warn("value: '" + value.strip() + "' is not an amount in pounds such as 250000.");
                return null;
            }
        }
        return new ContractDraft(null, strip(name), strip(description), pounds, strip(startDate), strip(endDate),
                strip(commissioner), strip(deliveredBy));
    }

    /** The rows filled in; a role left empty is no role. */
    private List<Partner> named() {
        return partners.stream().filter(p -> strip(p.organisation) != null)
                .map(p -> new Partner(p.organisation.strip(), strip(p.role))).toList();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Where the new entity's page is. */
    public String getCreatedUrl() {
        return created == null ? null : type + ".xhtml?id=" + created.id();
    }

    public List<String> getOrganisations() {
        return session.caller().organisations().stream().sorted().toList();
    }

    public List<String> getFormalities() { return List.of(NetworkDraft.FORMALITIES.split("\\|")); }
    public List<String> getStructures() { return List.of(ConsortiumDraft.STRUCTURES.split("\\|")); }

    /** The partner roles of the research's three structures (the lead's role follows the structure). */
    public List<String> getRoles() {
        return List.of("minor", "subcontractor", "delivery", "equal");
    }

    public boolean isNetwork() { return groupType == GroupType.NETWORK; }
    public boolean isConsortium() { return groupType == GroupType.CONSORTIUM; }
    public boolean isContract() { return groupType == GroupType.CONTRACT; }
    public boolean isReady() { return groupType != null; }
    public EditableGroup getCreated() { return created; }
    public List<PartnerRow> getPartners() { return partners; }

    public String getType() { return type; }
    public void setType(String type) { this.type = ViewParams.blankToNull(type); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getFormality() { return formality; }
    public void setFormality(String formality) { this.formality = formality; }
    public String getStructure() { return structure; }
    public void setStructure(String structure) { this.structure = structure; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String startDate) { this.startDate = startDate; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String endDate) { this.endDate = endDate; }
    public String getCommissioner() { return commissioner; }
    public void setCommissioner(String commissioner) { this.commissioner = commissioner; }
    public String getDeliveredBy() { return deliveredBy; }
    public void setDeliveredBy(String deliveredBy) { this.deliveredBy = deliveredBy; }
}
