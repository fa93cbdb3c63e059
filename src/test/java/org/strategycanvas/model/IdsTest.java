package org.strategycanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.plan.Action;

/** New ids continue one number sequence over the canvas's elements, its links and the plan's actions. */
class IdsTest {

    private static final ProjectInfo INFO = new ProjectInfo("t", "", "", "en", "EUR", LocalDate.of(2026, 1, 5));

    @Test
    void actionNumbersCountToo() {
        Project project = new Project(INFO, List.of(Touchpoint.create("tp-2", TouchpointType.WEBSITE, "Site", 0, 0)),
                List.of(), List.of(), List.of(), List.of())
                .withActions(List.of(new Action("ac-7", "Shoot", "tp-2", null, 0, 1, "", Map.of(), false)));
        Ids.Generator ids = Ids.after(project);
        assertEquals("ac-8", ids.next(Ids.ACTION), "after ac-7, the highest number");
        assertEquals("tp-9", ids.next(Ids.TOUCHPOINT), "a touchpoint never takes an action's number");
    }

    @Test
    void elementNumbersCountForActions() {
        Project project = new Project(INFO, List.of(Touchpoint.create("tp-12", TouchpointType.WEBSITE, "Site", 0, 0)),
                List.of(), List.of(), List.of(), List.of());
        assertEquals("ac-13", Ids.after(project).next(Ids.ACTION));
    }
}
