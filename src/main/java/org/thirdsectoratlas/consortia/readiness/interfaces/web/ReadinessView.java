package org.thirdsectoratlas.consortia.readiness.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.thirdsectoratlas.consortia.readiness.application.ConsortiumReadinessCheck;
import org.thirdsectoratlas.consortia.readiness.domain.ChecklistItem;
import org.thirdsectoratlas.consortia.readiness.domain.ConsortiumReadiness;
import org.thirdsectoratlas.platform.web.PageMessages;
import org.thirdsectoratlas.platform.web.ViewParams;
import org.thirdsectoratlas.shared.domain.UnknownIdException;
import org.thirdsectoratlas.shared.domain.Viewer;

/**
 * A consortium's readiness checklist, grouped as the research groups it (success factors by stage, key
 * learning by stage, key risks, recommendations), each item with its status in words and the facts behind it.
 */
@Named
@ViewScoped
public class ReadinessView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The research's order of categories and stages; anything newer goes last. */
    private static final List<String> CATEGORIES = List.of("SUCCESS_FACTOR", "KEY_LEARNING", "KEY_RISK",
            "RECOMMENDATION");
    private static final List<String> STAGES = List.of("BEFORE_BIDDING", "DURING_BIDDING", "RUNNING_A_SERVICE",
            "FORMING", "CONTRACTING", "DELIVERY");

    /** Status of an item the graph cannot speak to. */
    public static final String TO_DISCUSS = "TO_DISCUSS";

    private ConsortiumReadinessCheck check;
    private String id;
    private ConsortiumReadiness readiness;
    private List<Group> groups = List.of();

    /** One checklist line: MET, NOT_SHOWN, AT_RISK or TO_DISCUSS, with the facts behind it. */
    public record Line(ChecklistItem item, String status, List<String> facts) implements Serializable {
    }

    /** The lines of one category and stage (stage null where the research gives none). */
    public record Group(String category, String stage, List<Line> lines) implements Serializable {
    }

    protected ReadinessView() {
        // for CDI proxies
    }

    @Inject
    public ReadinessView(ConsortiumReadinessCheck check) {
        this.check = check;
    }

    /** Called once the view parameters are set (f:viewAction). */
    public void load() {
        if (!PageMessages.validId("id", id)) {
            return;
        }
        try {
            readiness = check.of(id, Viewer.PUBLIC);
            groups = groups(readiness);
        } catch (UnknownIdException e) {
            PageMessages.notFound(e);
        }
    }

    /** The whole checklist for a consortium, assessed items and items to discuss, in the research's order. */
    public static List<Group> groups(ConsortiumReadiness readiness) {
        return group(Stream.concat(
                readiness.assessed().stream().map(i -> new Line(i.item(), i.status().name(), i.facts())),
                readiness.toDiscuss().stream().map(i -> new Line(i, TO_DISCUSS, List.of()))).toList());
    }

    public static List<Group> group(List<Line> lines) {
        List<Line> sorted = lines.stream().sorted(Comparator
                .comparingInt((Line l) -> rank(CATEGORIES, l.item().category()))
                .thenComparingInt(l -> rank(STAGES, l.item().stage()))
                .thenComparingInt(l -> l.item().position())).toList();
        List<Group> groups = new ArrayList<>();
        for (Line line : sorted) {
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last == null || !last.category().equals(line.item().category())
                    || !Objects.equals(last.stage(), line.item().stage())) {
                last = new Group(line.item().category(), line.item().stage(), new ArrayList<>());
                groups.add(last);
            }
            last.lines().add(line);
        }
        return groups;
    }

    private static int rank(List<String> order, String value) {
        int i = value == null ? -1 : order.indexOf(value);
        return i < 0 ? order.size() : i;
    }

    public ConsortiumReadiness getReadiness() {
        return readiness;
    }

    public List<Group> getGroups() {
        return groups;
    }

    // view parameter
    public String getId() { return id; }
    public void setId(String id) { this.id = ViewParams.blankToNull(id); }
}
