package org.thirdsectoratlas.partners.interfaces.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.map.application.NetworkMap;
import org.thirdsectoratlas.map.domain.MapFilterOptions;
import org.thirdsectoratlas.map.domain.MapOption;
import org.thirdsectoratlas.partners.application.PartnerFinder;
import org.thirdsectoratlas.partners.domain.Candidate;
import org.thirdsectoratlas.partners.domain.Coverage;
import org.thirdsectoratlas.partners.domain.PartnerSearch;
import org.thirdsectoratlas.partners.domain.PartnerSearchResult;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.platform.web.Words;
import org.thirdsectoratlas.resources.domain.ResourceKind;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The partner finder: partners.xhtml?communities=sex-workers&amp;localities=leeds&amp;members=leeds-gate. Every
 * search, and every "add to bid", is an address, so a bid in progress can be bookmarked and shared.
 */
@Named
@ViewScoped
public class PartnersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 10;
    private static final int MAX_IDS = 50;

    private PartnerFinder finder;
    private NetworkMap map;

    private String communities;
    private String localities;
    private String resourceKinds;
    private String members;
    private String addMember;

    private MapFilterOptions options;
    private Map<String, String> names = Map.of();
    private PartnerSearchResult result;

    protected PartnersView() {
        // for CDI proxies
    }

    @Inject
    public PartnersView(PartnerFinder finder, NetworkMap map) {
        this.finder = finder;
        this.map = map;
    }

    /** Called once the view parameters are set (f:viewAction); with nothing wanted it only shows the form. */
    public void load() {
        options = map.filterOptions();
        names = java.util.stream.Stream.concat(options.communities().stream(), options.localities().stream())
                .collect(Collectors.toMap(MapOption::id, MapOption::name, (a, b) -> a));
        if (communities == null && localities == null && resourceKinds == null) {
            return;
        }
        try {
            result = finder.search(new PartnerSearch(Params.ids("communities", communities, MAX_IDS).stream().toList(),
                    Params.ids("localities", localities, MAX_IDS).stream().toList(), kinds(),
                    Params.ids("members", members, MAX_IDS).stream().toList(), LIMIT), Viewer.PUBLIC);
        } catch (InvalidParameterException e) {
            PageMessages.badRequest(e.getMessage() + ".");
        } catch (UnknownIdException e) {
            PageMessages.notFound(e);
        }
    }

    private List<String> kinds() {
        return ViewParams.split(resourceKinds).stream()
                .map(k -> Params.choice("resourceKinds", k, ResourceKind.class).name()).toList();
    }

    /** The form's button: the same page at the address of the bid. */
    public String search() {
        if (addMember != null) {
            Set<String> all = new LinkedHashSet<>(ViewParams.split(members));
            all.add(addMember);
            members = ViewParams.join(all);
            addMember = null;
        }
        return "partners?faces-redirect=true&includeViewParams=true";
    }

    /** An organisation chosen in "Add an organisation" (ajax): in the bid at once, its address sent back. */
    public void memberChosen() {
        if (addMember != null && Params.ID.matcher(addMember).matches()) {
            Set<String> all = new LinkedHashSet<>(ViewParams.split(members));
            all.add(addMember);
            members = ViewParams.join(all);
        }
        addMember = null;
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("address", addressWithMembers(m -> m));
    }

    /** This page's address with the bid as it is, changed by {@code change} of the member list. */
    public String addressWithMembers(Function<Set<String>, Set<String>> change) {
        Set<String> next = change.apply(new LinkedHashSet<>(ViewParams.split(members)));
        StringBuilder url = new StringBuilder("partners.xhtml?");
        append(url, "communities", communities);
        append(url, "localities", localities);
        append(url, "resourceKinds", resourceKinds);
        append(url, "members", ViewParams.join(next));
        return url.substring(0, url.length() - 1);
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    public String addLink(String id) {
        return addressWithMembers(m -> { m.add(id); return m; });
    }

    public String removeLink(String id) {
        return addressWithMembers(m -> { m.remove(id); return m; });
    }

    /** A community's or locality's name, a resource kind in words. */
    public String name(String id) {
        return names.getOrDefault(id, Words.text(id));
    }

    /** What a coverage holds, in words: "HIV, LGBT+ communities; Leeds; premises" style, or "nothing". */
    public String describe(Coverage coverage) {
        List<String> parts = new java.util.ArrayList<>();
        coverage.communities().forEach(id -> parts.add(name(id)));
        coverage.localities().forEach(id -> parts.add(name(id)));
        coverage.resourceKinds().forEach(k -> parts.add(Words.text(k)));
        return parts.isEmpty() ? "nothing" : String.join("; ", parts);
    }

    /** How close a candidate already is to the bid, in words. */
    public String closeness(Candidate candidate) {
        Pathway p = candidate.closeness();
        if (p == null) {
            return members == null ? "add a member to see how close it is"
                    : "no pathway of trust to a member within " + PartnerFinder.CLOSENESS_HOPS + " hops";
        }
        return p.hopCount() + (p.hopCount() == 1 ? " hop" : " hops") + " from "
                + p.hops().get(p.hops().size() - 1).toName() + ": "
                + p.hops().stream().map(h -> h.explanation()).collect(Collectors.joining(", then "));
    }

    public PartnerSearchResult getResult() { return result; }
    public MapFilterOptions getOptions() { return options; }
    public List<String> getKindChoices() { return Arrays.stream(ResourceKind.values()).map(Enum::name).toList(); }
    public List<String> getMemberIds() { return ViewParams.split(members); }

    // Form fields over the raw view parameters
    public List<String> getChosenCommunities() { return ViewParams.split(communities); }
    public void setChosenCommunities(List<String> ids) { communities = ViewParams.join(ids); }
    public List<String> getChosenLocalities() { return ViewParams.split(localities); }
    public void setChosenLocalities(List<String> ids) { localities = ViewParams.join(ids); }
    public List<String> getChosenKinds() { return ViewParams.split(resourceKinds); }
    public void setChosenKinds(List<String> kinds) { resourceKinds = ViewParams.join(kinds); }
    public String getAddMember() { return addMember; }
    public void setAddMember(String id) { addMember = ViewParams.blankToNull(id); }

    // view parameters
    public String getCommunities() { return communities; }
    public void setCommunities(String v) { communities = ViewParams.blankToNull(v); }
    public String getLocalities() { return localities; }
    public void setLocalities(String v) { localities = ViewParams.blankToNull(v); }
    public String getResourceKinds() { return resourceKinds; }
    public void setResourceKinds(String v) { resourceKinds = ViewParams.blankToNull(v); }
    public String getMembers() { return members; }
    public void setMembers(String v) { members = ViewParams.blankToNull(v); }
}
