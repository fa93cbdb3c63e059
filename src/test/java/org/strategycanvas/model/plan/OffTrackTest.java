package org.strategycanvas.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;

class OffTrackTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DAY_50 = LocalDate.of(2026, 2, 20);

    /** From 100 to 200 in 100 days: on day 50 the line is at 150. */
    private static Objective objective(String id) {
        return Objective.create(id, id, 0, 0).withKpi("k", "", new BigDecimal("100"), new BigDecimal("200"),
                LocalDate.of(2026, 4, 11));
    }

    private static Touchpoint card(String id) {
        return Touchpoint.create(id, TouchpointType.WEBSITE, id, 0, 0);
    }

    @Test
    void theOffTrackObjectivesAndTheTouchpointsServingThem() {
        Project project = new Project(new ProjectInfo("P", "", "", "en", "EUR", START),
                List.of(card("t1"), card("t2"), card("t3")),
                List.of(objective("behind"), objective("ahead"), objective("unmeasured")),
                List.of(new Link("l1", "t1", "behind", LinkKind.SERVES),
                        new Link("l2", "t2", "ahead", LinkKind.SERVES),
                        new Link("l3", "t3", "behind", LinkKind.RELATED),
                        new Link("l4", "t2", "t1", LinkKind.FLOW)),
                List.of(), List.of());
        project = project.withPlan(project.plan().withActuals(List.of(
                new Actual("behind", DAY_50, new BigDecimal("149")),
                new Actual("ahead", DAY_50, new BigDecimal("150")))));
        OffTrack offTrack = OffTrack.of(project, DAY_50);
        assertEquals(Set.of("behind"), offTrack.objectives());
        assertEquals(Set.of("t1"), offTrack.touchpoints(), "only a touchpoint that serves it");
        assertEquals(OffTrack.NONE, OffTrack.of(project, DAY_50.minusDays(1)), "nothing measured yet that day");
    }
}
