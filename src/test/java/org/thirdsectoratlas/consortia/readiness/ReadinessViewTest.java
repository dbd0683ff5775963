package org.thirdsectoratlas.consortia.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.thirdsectoratlas.consortia.readiness.domain.ChecklistItem;
import org.thirdsectoratlas.consortia.readiness.interfaces.web.ReadinessView;
import org.thirdsectoratlas.consortia.readiness.interfaces.web.ReadinessView.Line;

class ReadinessViewTest {

    private static Line line(String id, String category, String stage, int position) {
        return new Line(new ChecklistItem(id, category, stage, null, position, null, id, null), "MET", List.of());
    }

    @Test
    void groupsInTheResearchOrderOfCategoriesAndStagesWithItemsByPosition() {
        var groups = ReadinessView.group(List.of(
                line("risk-2", "KEY_RISK", null, 2),
                line("during-1", "SUCCESS_FACTOR", "DURING_BIDDING", 1),
                line("risk-1", "KEY_RISK", null, 1),
                line("forming-1", "KEY_LEARNING", "FORMING", 1),
                line("before-2", "SUCCESS_FACTOR", "BEFORE_BIDDING", 2),
                line("before-1", "SUCCESS_FACTOR", "BEFORE_BIDDING", 1),
                line("new-1", "SOMETHING_NEW", null, 1)));

        assertEquals(List.of("SUCCESS_FACTOR/BEFORE_BIDDING", "SUCCESS_FACTOR/DURING_BIDDING", "KEY_LEARNING/FORMING",
                "KEY_RISK/null", "SOMETHING_NEW/null"), groups.stream().map(g -> g.category() + "/" + g.stage()).toList());
        assertEquals(List.of("before-1", "before-2"), groups.get(0).lines().stream().map(l -> l.item().id()).toList());
        assertEquals(List.of("risk-1", "risk-2"), groups.get(3).lines().stream().map(l -> l.item().id()).toList());
    }
}
