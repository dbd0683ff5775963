package org.thirdsectoratlas.partners.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.thirdsectoratlas.partners.domain.Candidate;
import org.thirdsectoratlas.partners.domain.Coverage;
import org.thirdsectoratlas.partners.domain.PartnerRepository;
import org.thirdsectoratlas.partners.domain.PartnerRepository.OrganisationCoverage;
import org.thirdsectoratlas.partners.domain.PartnerSearch;
import org.thirdsectoratlas.partners.domain.PartnerSearchResult;
import org.thirdsectoratlas.pathways.application.PathwayFinder;
import org.thirdsectoratlas.pathways.domain.Pathway;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/** "Who could fill the gaps in our bid?" — ranked candidates with what they add and how close they already are. */
@ApplicationScoped
public class PartnerFinder {

    public static final int CLOSENESS_HOPS = 4;
    /** Closeness costs a pathway search per candidate, so only the best-covering candidates get one. */
    public static final int MAX_CLOSENESS_SEARCHES = 50;
    public static final String RANKING = "Most new coverage first (wanted communities, localities and resource kinds "
            + "the members lack), then closeness to the nearest member (fewest hops of trust, within "
            + CLOSENESS_HOPS + "), then tie strength (pathway score), then name.";

    private static final Comparator<Candidate> ORDER = Comparator
            .comparingInt((Candidate c) -> -c.newCoverage())
            .thenComparing(c -> c.closeness() == null ? null : c.closeness().hopCount(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.closeness() == null ? null : c.closeness().score(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::name);

    private PartnerRepository repository;
    private PathwayFinder pathways;

    protected PartnerFinder() {
        // for CDI proxies
    }

    @Inject
    public PartnerFinder(PartnerRepository repository, PathwayFinder pathways) {
        this.repository = repository;
        this.pathways = pathways;
    }

    /** Candidates, coverage and closeness from what the viewer may see only (privacy tiers). */
    public PartnerSearchResult search(PartnerSearch search, Viewer viewer) {
        requireKnown("Community", "community", search.communities(), viewer);
        requireKnown("Locality", "locality", search.localities(), viewer);
        requireKnown("Organisation", "organisation", search.members(), viewer);
        Set<String> members = Set.copyOf(search.members());
        Coverage wanted = new Coverage(search.communities(), search.localities(), search.resourceKinds())
                .minus(Coverage.NONE);
        Coverage byMembers = Coverage.NONE;
        List<OrganisationCoverage> others = new ArrayList<>();
        for (OrganisationCoverage o : repository.coverage(search, viewer)) {
            if (members.contains(o.id())) {
                byMembers = byMembers.plus(o.covers());
            } else {
                others.add(o);
            }
        }
        Coverage memberCoverage = byMembers;
        List<Candidate> candidates = new ArrayList<>();
        Coverage reachable = byMembers;
        for (OrganisationCoverage o : others) {
            Coverage adds = o.covers().minus(memberCoverage);
            if (adds.size() > 0) {
                candidates.add(new Candidate(o.id(), o.name(), adds, adds.size(), null));
                reachable = reachable.plus(adds);
            }
        }
        candidates.sort(ORDER);
        List<Candidate> ranked = withCloseness(candidates, members, search.limit(), viewer);
        return new PartnerSearchResult(ranked.subList(0, Math.min(search.limit(), ranked.size())), candidates.size(),
                memberCoverage, wanted.minus(reachable), RANKING);
    }

    /**
     * Closeness only changes the order among candidates adding as much as the last one shown, so it is computed
     * for the top {@code limit} and anyone tied with the last of them (at most {@link #MAX_CLOSENESS_SEARCHES}).
     */
    private List<Candidate> withCloseness(List<Candidate> byCoverage, Set<String> members, int limit, Viewer viewer) {
        if (members.isEmpty() || byCoverage.isEmpty()) {
            return byCoverage;
        }
        int cutoff = byCoverage.get(Math.min(limit, byCoverage.size()) - 1).newCoverage();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < byCoverage.size(); i++) {
            Candidate c = byCoverage.get(i);
            if (i < MAX_CLOSENESS_SEARCHES && c.newCoverage() >= cutoff) {
                Pathway nearest = pathways.nearest(c.id(), members, CLOSENESS_HOPS, viewer).orElse(null);
                out.add(new Candidate(c.id(), c.name(), c.adds(), c.newCoverage(), nearest));
            } else {
                out.add(c);
            }
        }
        out.sort(ORDER);
        return out;
    }

    private void requireKnown(String label, String kind, List<String> ids, Viewer viewer) {
        if (!ids.isEmpty()) {
            repository.unknown(label, ids, viewer).stream().sorted().findFirst().ifPresent(id -> {
                throw new UnknownIdException(kind, id);
            });
        }
    }
}
