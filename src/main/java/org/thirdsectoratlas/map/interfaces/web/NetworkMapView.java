package org.thirdsectoratlas.map.interfaces.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import org.thirdsectoratlas.map.domain.MapEdge;
import org.thirdsectoratlas.map.domain.MapFilterRules;
import org.thirdsectoratlas.map.domain.MapGraph;
import org.thirdsectoratlas.map.domain.MapNode;
import org.thirdsectoratlas.map.domain.MapOption;
import org.thirdsectoratlas.platform.rest.Params;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.platform.web.Words;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * The network map page. Filters and the focus are view parameters, so every map is a bookmarkable URL;
 * the graph goes to the browser as JSON in a data attribute and grows through Faces ajax (expand).
 */
@Named
@ViewScoped
public class NetworkMapView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FILTER_WORDS = Map.of("community", "Community", "locality", "Locality",
            "kind", "Kind of organisation", "network", "Network", "formality", "Formality of ties",
            "confirmedOnly", "Confirmed ties only");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private transient NetworkMap map;

    private static final int MAX_EXPANSIONS = 20;

    private String focus;
    private String expand;
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
        for (String id : expansions()) {
            graph = merged(graph, map.neighbourhood(id, filter, Viewer.PUBLIC));
        }
    }

    /** The nodes grown from (the address's expand=a,b), at most {@link #MAX_EXPANSIONS}. */
    private List<String> expansions() {
        return ViewParams.split(expand).stream().limit(MAX_EXPANSIONS).toList();
    }

    /** Both maps' nodes and ties, each once. */
    static MapGraph merged(MapGraph a, MapGraph b) {
        Map<String, MapNode> nodes = new LinkedHashMap<>();
        Stream.concat(a.nodes().stream(), b.nodes().stream()).forEach(n -> nodes.putIfAbsent(n.id(), n));
        Map<String, MapEdge> edges = new LinkedHashMap<>();
        Stream.concat(a.edges().stream(), b.edges().stream())
                .forEach(e -> edges.putIfAbsent(e.source() + "|" + e.type() + "|" + e.target(), e));
        return new MapGraph(List.copyOf(nodes.values()), List.copyOf(edges.values()), a.hidden());
    }

    /** Adds a node's neighbourhood to the map in the browser; called from the map's script. */
    public void expand() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("nodeId");
        MapGraph more = id != null && Params.ID.matcher(id).matches()
                ? map.neighbourhood(id, filter(), Viewer.PUBLIC)
                : new MapGraph(List.of(), List.of(), 0);
        PrimeFaces.current().ajax().addCallbackParam("graph", JSON.toJson(more));
    }

    /** The same messages and statuses as the other pages (coverage): 400 for a malformed value, 404 for an unknown id. */
    private boolean valid() {
        if (!(PageMessages.validOptionalId("focus", focus) & PageMessages.validOptionalId("community", community)
                & PageMessages.validOptionalId("locality", locality)
                & PageMessages.validOptionalId("network", network)
                & check("kind", kind == null || MapFilterRules.KINDS.contains(kind))
                & check("formality", formality == null || MapFilterRules.FORMALITIES.contains(formality))
                & check("expand", ViewParams.split(expand).stream().allMatch(id -> Params.ID.matcher(id).matches())))) {
            return false;
        }
        return known("community", community, options.communities()) & known("locality", locality, options.localities())
                & known("network", network, options.networks());
    }

    private static boolean check(String parameter, boolean ok) {
        return ok || PageMessages.badRequest("The map cannot use that value of '" + parameter
                + "'. Choose one from the filters.");
    }

    private static boolean known(String kind, String id, List<MapOption> options) {
        if (id == null || options.stream().anyMatch(o -> o.id().equals(id))) {
            return true;
        }
        PageMessages.notFound(new UnknownIdException(kind, id));
        return false;
    }

    /** Filters were chosen, they were valid, and nothing matches them all. */
    public boolean isNothingMatches() {
        return focus == null && graph != null && graph.nodes().isEmpty()
                && FacesContext.getCurrentInstance().getMessageList().isEmpty() && !chosenFilters().isEmpty();
    }

    /** A filter in force, in words, with the address of the same map without it. */
    public record Loosening(String filter, String value, String address) {
    }

    /** One way to loosen per chosen filter: the same map without that filter. */
    public List<Loosening> getLoosenings() {
        Map<String, String> chosen = chosenFilters();
        return chosen.keySet().stream().map(name -> {
            Map<String, String> others = new LinkedHashMap<>(chosen);
            others.remove(name);
            return new Loosening(FILTER_WORDS.get(name), valueWords(name, chosen.get(name)), address(others));
        }).toList();
    }

    private Map<String, String> chosenFilters() {
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("community", community);
        chosen.put("locality", locality);
        chosen.put("kind", kind);
        chosen.put("network", network);
        chosen.put("formality", formality);
        chosen.put("confirmedOnly", confirmedOnly ? "true" : null);
        chosen.values().removeIf(java.util.Objects::isNull);
        return chosen;
    }

    private String valueWords(String name, String value) {
        List<MapOption> named = switch (name) {
            case "community" -> options.communities();
            case "locality" -> options.localities();
            case "network" -> options.networks();
            default -> List.of();
        };
        return named.stream().filter(o -> o.id().equals(value)).map(MapOption::name).findFirst()
                .orElse("confirmedOnly".equals(name) ? "only confirmed ties" : Words.text(value));
    }

    /** map.xhtml with only the given parameters: never an empty one. */
    static String address(Map<String, String> parameters) {
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "map.xhtml" : "map.xhtml?" + query;
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
        return MapFilterRules.KINDS.stream().sorted().toList();
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
    public String getExpand() { return expand; }
    public void setExpand(String expand) { this.expand = ViewParams.blankToNull(expand); }
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
