package org.thirdsectoratlas.pathways.application;

import java.util.ArrayList;
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
import org.thirdsectoratlas.trust.domain.Neighbourhood;
import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;

/** "How do I reach organisation B through people we already trust?" — shared by the API and the explorer. */
@ApplicationScoped
public class PathwayFinder {

    private PathwayRepository repository;
    private TrustGraphHolder memory;
    private HubPolicy hubs = HubPolicy.DEFAULT;

    protected PathwayFinder() {
        // for CDI proxies
    }

    /** Searches the in-memory trust graph when it is current for the viewer, the database otherwise. */
    @Inject
    public PathwayFinder(PathwayRepository repository, TrustGraphHolder memory) {
        this.repository = repository;
        this.memory = memory;
    }

    /** Always searches the database (the repository-backed reference). */
    public PathwayFinder(PathwayRepository repository) {
        this.repository = repository;
    }

    /** For tests of hub handling with other limits. */
    public PathwayFinder(PathwayRepository repository, HubPolicy hubs) {
        this.repository = repository;
        this.hubs = hubs;
    }

    public HubPolicy hubs() {
        return hubs;
    }

    /** Pathways through what the viewer may see only: a hidden organisation is unknown, a hidden tie unused. */
    public PathwayResult find(PathwayQuery q, Viewer viewer) {
        Set<String> ids = new LinkedHashSet<>(List.of(q.from(), q.to()));
        ids.addAll(q.avoid());
        Optional<TrustGraphSnapshot> whole = inMemory(viewer);
        Map<String, String> names = names(q.via() == null ? ids : with(ids, q.via()), whole, viewer);
        for (String id : ids) {
            if (!names.containsKey(id)) {
                throw new UnknownIdException("organisation", id);
            }
        }
        boolean viaIsGroup = q.via() != null && !names.containsKey(q.via());
        if (viaIsGroup && whole.map(g -> g.groupIndexOf(q.via()) < 0).orElse(true)
                && !repository.groupExists(q.via())) {
            throw new UnknownIdException("organisation, network, consortium or resource", q.via());
        }
        if (q.from().equals(q.to())) {
            return new PathwayResult(q.from(), q.to(), List.of(), "from and to are the same organisation",
                    PathwayRanking.RULE, 0);
        }
        TieFilter filter = new TieFilter(q.confirmedOnly(), q.formalOnly(), q.avoid(), viaIsGroup ? q.via() : null,
                hubs);
        Neighbourhood near = neighbourhood(Set.of(q.from()), Set.of(q.to()), q.maxHops(), filter, whole, viewer);
        List<Pathway> found = KBestPathways.find(near, q.from(), Set.of(q.to()), q.maxHops(), q.limit(),
                viaIsGroup ? null : q.via(), viaIsGroup ? q.via() : null);
        String reason = found.isEmpty() ? reason(q, names, near) : null;
        return new PathwayResult(q.from(), q.to(), found, reason, PathwayRanking.RULE, near.size());
    }

    /** The best pathway the viewer may see from {@code from} to the nearest of {@code targets}, within {@code maxHops}. */
    public Optional<Pathway> nearest(String from, Set<String> targets, int maxHops, Viewer viewer) {
        if (targets.isEmpty() || targets.contains(from)) {
            return Optional.empty();
        }
        TieFilter filter = new TieFilter(false, false, Set.of(), null, hubs);
        Neighbourhood near = neighbourhood(Set.of(from), targets, maxHops, filter, inMemory(viewer), viewer);
        return KBestPathways.find(near, from, targets, maxHops, 1, null, null).stream().findFirst();
    }

    /** The whole trust graph in memory when it is current for this viewer (PUBLIC callers), else empty. */
    private Optional<TrustGraphSnapshot> inMemory(Viewer viewer) {
        return memory == null ? Optional.empty() : memory.current(viewer);
    }

    /**
     * Names of the asked ids: from the in-memory graph when it knows every one of them (as an organisation, or
     * as a group for via), so a search on a quiet graph makes no database round trip; otherwise from the
     * database (an organisation without ties of trust is not in the in-memory graph).
     */
    private Map<String, String> names(Set<String> asked, Optional<TrustGraphSnapshot> whole, Viewer viewer) {
        if (whole.isPresent()) {
            TrustGraphSnapshot graph = whole.get();
            Map<String, String> known = graph.names(asked);
            if (asked.stream().allMatch(id -> known.containsKey(id) || graph.groupIndexOf(id) >= 0)) {
                return known;
            }
        }
        return repository.organisations(asked, viewer);
    }

    /**
     * What the Cypher expansion would read, marked over the in-memory graph when it is current for this viewer
     * (an organisation missing from it has no ties of trust, exactly as the database would say), else over what
     * the database returns.
     */
    private Neighbourhood neighbourhood(Set<String> from, Set<String> to, int maxHops, TieFilter filter,
                                        Optional<TrustGraphSnapshot> whole, Viewer viewer) {
        TrustGraphSnapshot graph = whole.orElseGet(() -> repository.neighbourhood(from, to, maxHops, filter, viewer));
        return graph.explore(from, to, maxHops, filter);
    }

    private static Set<String> with(Set<String> ids, String extra) {
        Set<String> all = new LinkedHashSet<>(ids);
        all.add(extra);
        return all;
    }

    private static String reason(PathwayQuery q, Map<String, String> names, Neighbourhood near) {
        for (String id : List.of(q.from(), q.to())) {
            if (!hasSteps(near, near.graph().indexOf(id))) {
                return names.get(id) + " has no ties of trust to any other organisation" + options(q, names);
            }
        }
        return "no ties of trust connect them within " + q.maxHops() + " hops" + options(q, names);
    }

    /** An organisation missing from the graph has no ties of trust at all. */
    private static boolean hasSteps(Neighbourhood near, int org) {
        boolean[] any = {false};
        if (org >= 0) {
            near.steps(org, (other, cost, weakness, date, ref) -> any[0] = true);
        }
        return any[0];
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
