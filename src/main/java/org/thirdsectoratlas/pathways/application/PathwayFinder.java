package org.thirdsectoratlas.pathways.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.pathways.domain.KBestPathways;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.pathways.domain.PathwayQuery;
import org.thirdsectoratlas.pathways.domain.PathwayRanking;
import org.thirdsectoratlas.pathways.domain.PathwayRepository;
import org.thirdsectoratlas.pathways.domain.PathwayResult;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;
import org.thirdsectoratlas.trust.application.TrustGraphHolder;
import org.thirdsectoratlas.trust.domain.HubPolicy;
import org.thirdsectoratlas.trust.domain.Sight;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.domain.TrustView;

/** "How do I reach organisation B through people we already trust?" — shared by the API and the explorer. */
@ApplicationScoped
public class PathwayFinder {

    private PathwayRepository repository;
    private TrustGraphHolder memory;
    private HubPolicy hubs = HubPolicy.DEFAULT;

    protected PathwayFinder() {
        // for CDI proxies
    }

    /** Every search walks the held trust graph, filtered by the caller's sight; the database only names ids. */
    @Inject
    public PathwayFinder(PathwayRepository repository, TrustGraphHolder memory) {
        this.repository = repository;
        this.memory = memory;
    }

    /** For tests of hub handling with other limits. */
    public PathwayFinder(PathwayRepository repository, TrustGraphHolder memory, HubPolicy hubs) {
        this(repository, memory);
        this.hubs = hubs;
    }

    public HubPolicy hubs() {
        return hubs;
    }

    /** Pathways through what the viewer may see only: a hidden organisation is unknown, a hidden tie unused. */
    public PathwayResult find(PathwayQuery q, Viewer viewer) {
        Set<String> ids = new LinkedHashSet<>(List.of(q.from(), q.to()));
        ids.addAll(q.avoid());
        TrustGraphSnapshot graph = memory.graph();
        Sight sight = Sight.of(graph, viewer);
        Map<String, String> names = names(q.via() == null ? ids : with(ids, q.via()), graph, sight, viewer);
        for (String id : ids) {
            if (!names.containsKey(id)) {
                throw new UnknownIdException("organisation", id);
            }
        }
        boolean viaIsGroup = q.via() != null && !names.containsKey(q.via());
        if (viaIsGroup && graph.groupIndexOf(q.via()) < 0 && !repository.groupExists(q.via())) {
            throw new UnknownIdException("organisation, network, consortium or resource", q.via());
        }
        if (q.from().equals(q.to())) {
            return new PathwayResult(q.from(), q.to(), List.of(), "from and to are the same organisation",
                    PathwayRanking.RULE, 0);
        }
        TieFilter filter = new TieFilter(q.confirmedOnly(), q.formalOnly(), q.avoid(), viaIsGroup ? q.via() : null,
                hubs);
        TrustView view = new TrustView(graph, filter, sight);
        List<Pathway> found = KBestPathways.find(view, q.from(), Set.of(q.to()), q.maxHops(), q.limit(),
                viaIsGroup ? null : q.via(), viaIsGroup ? q.via() : null);
        String reason = found.isEmpty() ? reason(q, names, view) : null;
        return new PathwayResult(q.from(), q.to(), found, reason, PathwayRanking.RULE, view.size());
    }

    /** The best pathway the viewer may see from {@code from} to the nearest of {@code targets}, within {@code maxHops}. */
    public Optional<Pathway> nearest(String from, Set<String> targets, int maxHops, Viewer viewer) {
        if (targets.isEmpty() || targets.contains(from)) {
            return Optional.empty();
        }
        TrustGraphSnapshot graph = memory.graph();
        Sight sight = Sight.of(graph, viewer);
        int start = graph.indexOf(from);
        if (start < 0 || !sight.seesOrganisation(start)) {
            return Optional.empty();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String target : targets) {
            int t = graph.indexOf(target);
            if (t >= 0 && sight.seesOrganisation(t)) {
                seen.add(target);
            }
        }
        TrustView view = new TrustView(graph, new TieFilter(false, false, Set.of(), null, hubs), sight);
        return KBestPathways.find(view, from, seen, maxHops, 1, null, null).stream().findFirst();
    }

    /**
     * Names of the asked ids the viewer may see: from the held graph when it holds every one of them (as an
     * organisation the viewer sees, or as a group for via), so a search makes no database round trip; otherwise
     * from the database (an organisation without ties of trust is not in the held graph).
     */
    private Map<String, String> names(Set<String> asked, TrustGraphSnapshot graph, Sight sight, Viewer viewer) {
        Map<String, String> known = new LinkedHashMap<>();
        boolean all = true;
        for (String id : asked) {
            int o = graph.indexOf(id);
            if (o >= 0 && sight.seesOrganisation(o)) {
                known.put(id, graph.name(o));
            } else if (o >= 0 || graph.groupIndexOf(id) < 0) {
                all = false;
            }
        }
        return all ? known : repository.organisations(asked, viewer);
    }

    private static Set<String> with(Set<String> ids, String extra) {
        Set<String> all = new LinkedHashSet<>(ids);
        all.add(extra);
        return all;
    }

    private static String reason(PathwayQuery q, Map<String, String> names, TrustView view) {
        for (String id : List.of(q.from(), q.to())) {
            if (!view.hasSteps(view.graph().indexOf(id))) {
                return names.get(id) + " has no ties of trust to any other organisation" + options(q, names);
            }
        }
        return "no ties of trust connect them within " + q.maxHops() + " hops" + options(q, names);
    }

    private static String options(PathwayQuery q, Map<String, String> names) {
        List<String> parts = new ArrayList<>();
        if (q.confirmedOnly()) {
            parts.add("confirmed ties only");
        }
        if (q.formalOnly()) {
            parts.add("formal ties only");
        }
        if (q.via() != null) {
            parts.add("through " + names.getOrDefault(q.via(), q.via()));
        }
        if (!q.avoid().isEmpty()) {
            parts.add("avoiding " + String.join(", ", q.avoid().stream().sorted().map(names::get).toList()));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }
}
