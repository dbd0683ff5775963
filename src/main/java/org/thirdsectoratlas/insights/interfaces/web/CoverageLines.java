package org.thirdsectoratlas.insights.interfaces.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.thirdsectoratlas.insights.application.Snapshot;
import org.thirdsectoratlas.insights.domain.CellGroup;
import org.thirdsectoratlas.insights.domain.CellKey;
import org.thirdsectoratlas.insights.domain.CoverageCell;
import org.thirdsectoratlas.insights.domain.CoverageReport;
import org.thirdsectoratlas.insights.domain.Ref;
import org.thirdsectoratlas.shared.domain.Link;

/**
 * The coverage matrix as lines for the network, consortium, community and locality pages: one line per
 * community × locality cell, saying who covers it with links to their pages (an empty list = nobody), and
 * when the matrix was computed.
 */
public record CoverageLines(List<Line> lines, Instant computedAt) implements Serializable {

    public static final CoverageLines NONE = new CoverageLines(List.of(), null);

    /** Someone covering a cell; href null for plain text ("and 3 more organisations"). */
    public record Entry(String href, String name) implements Serializable {
    }

    /** One cell; {@code own} is true when a group covers it through its own ties, not only its members'. */
    public record Line(Ref community, Ref locality, List<Entry> who, boolean own) implements Serializable {
    }

    /** Every cell of the (filtered) report in matrix order, empty ones included. */
    public static CoverageLines of(Snapshot<CoverageReport> snapshot) {
        CoverageReport report = snapshot.insight();
        Map<CellKey, CoverageCell> cells = report.cells().stream()
                .collect(Collectors.toMap(c -> new CellKey(c.community(), c.locality()), Function.identity()));
        List<Line> lines = new ArrayList<>();
        for (Ref community : report.communities()) {
            for (Ref locality : report.localities()) {
                CoverageCell cell = cells.get(new CellKey(community.id(), locality.id()));
                lines.add(new Line(community, locality, cell == null ? List.of() : who(cell), false));
            }
        }
        return new CoverageLines(lines, snapshot.computedAt());
    }

    /** The cells a network or consortium covers, with the members (by name) that cover each. */
    public static CoverageLines ofGroup(Snapshot<CoverageReport> snapshot, String groupId, List<Link> members) {
        CoverageReport report = snapshot.insight();
        Map<String, String> memberNames = members.stream().collect(Collectors.toMap(Link::id, Link::name, (a, b) -> a));
        Map<String, Ref> communities = byId(report.communities());
        Map<String, Ref> localities = byId(report.localities());
        List<Line> lines = new ArrayList<>();
        for (CoverageCell cell : report.cells()) {
            Optional<CellGroup> group = Stream.concat(cell.networks().stream(), cell.consortia().stream())
                    .filter(g -> g.id().equals(groupId)).findFirst();
            group.ifPresent(g -> lines.add(new Line(communities.get(cell.community()), localities.get(cell.locality()),
                    g.members().stream().map(m -> new Entry("organisation.xhtml?id=" + m,
                            memberNames.getOrDefault(m, m))).toList(), g.own())));
        }
        return new CoverageLines(lines, snapshot.computedAt());
    }

    private static List<Entry> who(CoverageCell cell) {
        List<Entry> who = new ArrayList<>();
        cell.organisations().forEach(o -> who.add(new Entry("organisation.xhtml?id=" + o.id(), o.name())));
        long more = cell.organisationCount() - cell.organisations().size();
        if (more > 0) {
            who.add(new Entry(null, "and " + more + " more organisations"));
        }
        cell.networks().forEach(n -> who.add(new Entry("network.xhtml?id=" + n.id(), n.name() + " (network)")));
        cell.consortia().forEach(c -> who.add(new Entry("consortium.xhtml?id=" + c.id(), c.name() + " (consortium)")));
        return who;
    }

    private static Map<String, Ref> byId(List<Ref> refs) {
        return refs.stream().collect(Collectors.toMap(Ref::id, Function.identity(), (a, b) -> a));
    }
}
