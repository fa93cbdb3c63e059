package org.strategycanvas.render;

import java.time.LocalDate;
import java.util.List;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.Zone;

/** Small plans for tests. */
public final class TestPlans {

    public static final ProjectInfo INFO = new ProjectInfo("Bakery", "Le Fournil", "Test", "en", "EUR",
            LocalDate.of(2025, 1, 6));

    private TestPlans() {
    }

    public static Touchpoint card(String id, String label, double x, double y) {
        return Touchpoint.create(id, TouchpointType.WEBSITE, label, x, y);
    }

    public static Project of(List<Touchpoint> touchpoints) {
        return new Project(INFO, touchpoints, List.of(), List.of(), List.of(), List.of());
    }

    public static Project of(List<Touchpoint> touchpoints, List<Objective> objectives, List<Link> links,
                             List<StickyNote> notes, List<Zone> zones) {
        return new Project(INFO, touchpoints, objectives, links, notes, zones);
    }
}
