package org.thirdsectoratlas.connectors.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.thirdsectoratlas.trust.domain.TieFilter;
import org.thirdsectoratlas.trust.domain.TrustGraphSnapshot;
import org.thirdsectoratlas.trust.domain.TrustTopology;

/** Single points of failure and brokers over the whole trust graph (all non-withdrawn ties, every group up to the hard hub limit). */
public final class ConnectorAnalysis {

    public static final int LISTED_CUT_OFF = 50;
    public static final int LISTED_BROKERS = 20;

    private ConnectorAnalysis() {
    }

    public static Connectors analyse(TrustGraphSnapshot g, String staleness, Clock clock) {
        long started = System.nanoTime();
        TrustTopology t = g.topology(TieFilter.ALL);
        List<ArticulationPoints.Cut> cuts = ArticulationPoints.find(t);
        Betweenness.Scores scores = Betweenness.compute(t);
        int n = g.organisationCount();
        double pairs = n < 3 ? 1 : (n - 1.0) * (n - 2.0) / 2;

        Set<Integer> cutNodes = new HashSet<>();
        List<Connectors.SinglePointOfFailure> spofs = new ArrayList<>();
        cuts.stream().sorted(Comparator.comparingInt((ArticulationPoints.Cut c) -> -c.cutOff().length)
                        .thenComparing(c -> g.id(c.node())))
                .forEach(c -> {
                    cutNodes.add(c.node());
                    spofs.add(new Connectors.SinglePointOfFailure(g.id(c.node()), g.name(c.node()),
                            c.cutOff().length, Arrays.stream(c.cutOff()).limit(LISTED_CUT_OFF)
                            .mapToObj(o -> new Connectors.OrganisationRef(g.id(o), g.name(o)))
                            .sorted(Comparator.comparing(Connectors.OrganisationRef::name)).toList(),
                            round(scores.values()[c.node()])));
                });
        List<Connectors.Broker> brokers = java.util.stream.IntStream.range(0, n)
                .filter(v -> scores.values()[v] > 0)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer v) -> -scores.values()[v]).thenComparing(g::id))
                .limit(LISTED_BROKERS)
                .map(v -> new Connectors.Broker(g.id(v), g.name(v), round(scores.values()[v]),
                        round(scores.values()[v] / pairs), cutNodes.contains(v)))
                .toList();
        return new Connectors(clock.instant(), staleness, n, g.groupCount(), spofs, brokers, scores.exact(),
                scores.sources(), (System.nanoTime() - started) / 1_000_000);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
