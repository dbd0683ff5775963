package org.thirdsectoratlas.pathways.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.thirdsectoratlas.organisations.interfaces.web.OrganisationNames;
import org.thirdsectoratlas.pathways.application.PathwaySearches;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.domain.PathwayResult;
import org.thirdsectoratlas.platform.rest.InvalidParameterException;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.platform.web.Words;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The pathway finder: pathways.xhtml?from=leeds-gate&amp;to=yorkshire-mesmac&amp;maxHops=4. The form redirects
 * to that URL, so every answer is bookmarkable; the view parameters stay raw strings and are checked with
 * the API's own {@link Params}, so the page and the API refuse the same things.
 */
@Named
@ViewScoped
public class PathwaysView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    private static final int CLOSEST = 5;

    private PathwaySearches searches;
    private OrganisationNames names;

    private String from;
    private String to;
    private String maxHops;
    private String limit;
    private String formalOnly;
    private String confirmedOnly;
    private String avoid;

    private PathwayResult result;

    protected PathwaysView() {
        // for CDI proxies
    }

    @Inject
    public PathwaysView(PathwaySearches searches, OrganisationNames names) {
        this.searches = searches;
        this.names = names;
    }

    /** Called once the view parameters are set (f:viewAction); a fresh page only shows the form. */
    public void load() {
        if (from == null && to == null) {
            return;
        }
        if (!PageMessages.validId("from", from) || !PageMessages.validId("to", to)) {
            return;
        }
        try {
            result = searches.find(query(), Viewer.PUBLIC);
        } catch (InvalidParameterException e) {
            PageMessages.badRequest(e.getMessage() + ".");
        } catch (UnknownIdException e) {
            PageMessages.notFound(e);
        }
    }

    private PathwayQuery query() {
        Set<String> avoided = Params.ids("avoid", avoid, PathwayQuery.MAX_AVOID);
        if (avoided.contains(from) || avoided.contains(to)) {
            throw new InvalidParameterException("avoid", "avoid cannot contain the organisations to connect");
        }
        return new PathwayQuery(from, to,
                Params.integer("limit", limit, PathwayQuery.DEFAULT_LIMIT, 1, PathwayQuery.MAX_LIMIT),
                Params.integer("maxHops", maxHops, PathwayQuery.DEFAULT_MAX_HOPS, 1, PathwayQuery.MAX_HOPS),
                Params.bool("confirmedOnly", confirmedOnly, false), Params.bool("formalOnly", formalOnly, false),
                null, avoided);
    }

    /**
     * The form's button: the same page at the URL of the question asked. A field left empty, or text typed
     * without choosing a suggestion that names no organisation, stays as typed with a message beside it
     * (naming the closest organisations) instead of an empty search.
     */
    public String search() {
        boolean ok = resolved("from", "the organisation to start from", true);
        ok &= resolved("to", "the organisation to reach", true);
        ok &= resolved("avoid", "the organisation to keep out", false);
        return ok ? "pathways?faces-redirect=true&includeViewParams=true" : null;
    }

    /** Replaces the field's text by the id it names; false (and a message by the field) when it names none. */
    private boolean resolved(String field, String what, boolean required) {
        String typed = switch (field) {
            case "from" -> from;
            case "to" -> to;
            default -> getAvoided();
        };
        String clientId = "pathwayForm:" + field;
        if (typed == null) {
            if (required) {
                PageMessages.warnAt(clientId, "Choose " + what + ": type part of its name and pick a suggestion.");
            }
            return !required;
        }
        Optional<String> id = names.idFor(typed);
        if (id.isEmpty()) {
            List<String> closest = names.closestNames(typed, CLOSEST);
            PageMessages.warnAt(clientId, "No organisation is called '" + Words.shortened(typed) + "'. "
                    + (closest.isEmpty() ? "Try a shorter part of its name, then pick a suggestion."
                            : "Closest: " + String.join("; ", closest) + "."));
            return false;
        }
        switch (field) {
            case "from" -> from = id.get();
            case "to" -> to = id.get();
            default -> setAvoided(id.get());
        }
        return true;
    }

    public PathwayResult getResult() {
        return result;
    }

    /** The pathways as a small graph for the map: organisations, and one edge per distinct hop. */
    public String getGraphJson() {
        if (result == null || result.pathways().isEmpty()) {
            return "{\"nodes\":[],\"edges\":[]}";
        }
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
        for (int i = 0; i < result.pathways().size(); i++) {
            for (var hop : result.pathways().get(i).hops()) {
                nodes.putIfAbsent(hop.fromId(), node(hop.fromId(), hop.fromName()));
                nodes.putIfAbsent(hop.toId(), node(hop.toId(), hop.toName()));
                String id = hop.fromId() + "|" + hop.kind() + "|" + hop.groupId() + "|" + hop.toId();
                boolean best = i == 0;
                edges.putIfAbsent(id, Map.of("id", id, "source", hop.fromId(), "target", hop.toId(),
                        "label", hop.groupName() == null ? hop.kind().name().toLowerCase().replace('_', ' ')
                                : hop.groupName(),
                        "formality", hop.formality().name(), "status", hop.status().name(), "best", best));
            }
        }
        return JSON.toJson(Map.of("from", result.from(), "to", result.to(),
                "nodes", new ArrayList<>(nodes.values()), "edges", new ArrayList<>(edges.values())));
    }

    private Map<String, Object> node(String id, String name) {
        return Map.of("id", id, "label", name, "end", id.equals(result.from()) || id.equals(result.to()));
    }

    public List<String> getHopChoices() {
        return choices(PathwayQuery.MAX_HOPS);
    }

    public List<String> getLimitChoices() {
        return choices(PathwayQuery.MAX_LIMIT);
    }

    private static List<String> choices(int max) {
        return java.util.stream.IntStream.rangeClosed(1, max).mapToObj(String::valueOf).toList();
    }

    // Form fields over the raw view parameters
    public boolean isFormalOnlyChosen() { return "true".equalsIgnoreCase(formalOnly); }
    public void setFormalOnlyChosen(boolean chosen) { formalOnly = chosen ? "true" : null; }
    public boolean isConfirmedOnlyChosen() { return "true".equalsIgnoreCase(confirmedOnly); }
    public void setConfirmedOnlyChosen(boolean chosen) { confirmedOnly = chosen ? "true" : null; }

    /*
     * The form keeps one organisation out (PrimeFaces' multiple autocomplete fails axe-core's listbox rules);
     * the address, like the API, takes several: avoid=a,b. The form shows the first.
     */
    public String getAvoided() {
        return avoid == null ? null : avoid.split(",")[0];
    }

    public void setAvoided(String id) {
        avoid = ViewParams.blankToNull(id);
    }

    // view parameters
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = ViewParams.blankToNull(from); }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = ViewParams.blankToNull(to); }
    public String getMaxHops() { return maxHops; }
    public void setMaxHops(String maxHops) { this.maxHops = ViewParams.blankToNull(maxHops); }
    public String getLimit() { return limit; }
    public void setLimit(String limit) { this.limit = ViewParams.blankToNull(limit); }
    public String getFormalOnly() { return formalOnly; }
    public void setFormalOnly(String formalOnly) { this.formalOnly = ViewParams.blankToNull(formalOnly); }
    public String getConfirmedOnly() { return confirmedOnly; }
    public void setConfirmedOnly(String confirmedOnly) { this.confirmedOnly = ViewParams.blankToNull(confirmedOnly); }
    public String getAvoid() { return avoid; }
    public void setAvoid(String avoid) { this.avoid = ViewParams.blankToNull(avoid); }
}
