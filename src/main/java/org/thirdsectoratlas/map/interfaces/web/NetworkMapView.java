package org.thirdsectoratlas.map.interfaces.web;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.primefaces.PrimeFaces;
import org.thirdsectoratlas.map.application.NetworkMap;
import org.thirdsectoratlas.map.domain.MapFilter;
import org.thirdsectoratlas.map.domain.MapFilterOptions;
import org.thirdsectoratlas.map.domain.MapFilterRules;
import org.thirdsectoratlas.map.domain.MapGraph;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.platform.web.Words;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The network map page. Filters and the focus are view parameters, so every map is a bookmarkable URL;
 * the graph goes to the browser as JSON in a data attribute and grows through Faces ajax (expand).
 */
@Named
@ViewScoped
public class NetworkMapView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> KINDS = MapFilterRules.KINDS;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private transient NetworkMap map;

    private String focus;
    private String community;
    private String locality;
    private String kind;
    private String network;
    private String formality;
    private boolean confirmedOnly;

    private MapGraph graph;
    private MapFilterOptions options;

    /** Called once the view parameters are set (f:viewAction). */
    public void load() {
        options = map.filterOptions();
        if (!valid()) {
            graph = new MapGraph(List.of(), List.of(), 0);
            return;
        }
        MapFilter filter = filter();
        if (focus != null) {
            graph = map.neighbourhood(focus, filter, Viewer.PUBLIC);
            if (graph.nodes().isEmpty()) {
                error("No organisation, network or consortium has the id '" + focus + "'.");
            }
        } else {
            graph = map.overview(filter, Viewer.PUBLIC);
        }
    }

    /** Adds a node's neighbourhood to the map in the browser; called from the map's script. */
    public void expand() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("nodeId");
        MapGraph more = id != null && Params.ID.matcher(id).matches()
                ? map.neighbourhood(id, filter(), Viewer.PUBLIC)
                : new MapGraph(List.of(), List.of(), 0);
        PrimeFaces.current().ajax().addCallbackParam("graph", JSON.toJson(more));
    }

    private boolean valid() {
        List<String> unusable = MapFilterRules.unusable(focus, filter());
        unusable.forEach(parameter ->
                error("The map cannot use that value of '" + parameter + "'. Choose one from the filters."));
        return unusable.isEmpty();
    }

    private static void error(String message) {
        PageMessages.warn(message);
    }

    private MapFilter filter() {
        return new MapFilter(community, locality, kind, network, formality, confirmedOnly);
    }

    public String getGraphJson() {
        return JSON.toJson(graph);
    }

    public MapGraph getGraph() {
        return graph;
    }

    public MapFilterOptions getOptions() {
        return options;
    }

    public List<String> getKinds() {
        return KINDS.stream().sorted().toList();
    }

    public List<String> getFormalities() {
        return MapFilterRules.FORMALITIES;
    }

    /** Human words for the enum values the filters and legend show. */
    public String words(String value) {
        return Words.text(value);
    }

    // view parameters
    public String getFocus() { return focus; }
    public void setFocus(String focus) { this.focus = ViewParams.blankToNull(focus); }
    public String getCommunity() { return community; }
    public void setCommunity(String community) { this.community = ViewParams.blankToNull(community); }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = ViewParams.blankToNull(locality); }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = ViewParams.blankToNull(kind); }
    public String getNetwork() { return network; }
    public void setNetwork(String network) { this.network = ViewParams.blankToNull(network); }
    public String getFormality() { return formality; }
    public void setFormality(String formality) { this.formality = ViewParams.blankToNull(formality); }
    public boolean isConfirmedOnly() { return confirmedOnly; }
    public void setConfirmedOnly(boolean confirmedOnly) { this.confirmedOnly = confirmedOnly; }
}
