package org.strategycanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.PlanWarnings.Kind;
import org.strategycanvas.model.PlanWarnings.Warning;

class PlanWarningsTest {

    private static final ProjectInfo INFO = new ProjectInfo("P", "", "", "fr", "EUR", LocalDate.of(2026, 3, 2));
    private final Touchpoint site = Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 0, 0);
    private final Touchpoint store = Touchpoint.create("tp-2", TouchpointType.STORE, "Store", 0, 200);
    private final Objective orders = Objective.create("ob-3", "Orders", 400, 0)
            .withKpi("orders", "per week", BigDecimal.ZERO, new BigDecimal("40"), LocalDate.of(2026, 12, 31));
    private final Objective reviews = Objective.create("ob-4", "Reviews", 400, 200);

    @Test
    void aPlanWithoutObjectivesHasNothingToServe() {
        assertEquals(List.of(), PlanWarnings.of(Project.empty(INFO).plus(List.of(site, store), List.of())));
    }

    @Test
    void eachGapIsNamedOnce() {
        Project plan = Project.empty(INFO).plus(List.of(site, store, orders, reviews),
                List.of(new Link("ln-5", "tp-1", "ob-3", LinkKind.SERVES),
                        new Link("ln-6", "tp-2", "tp-1", LinkKind.FLOW),
                        new Link("ln-7", "tp-2", "ob-4", LinkKind.RELATED)));
        assertEquals(List.of(
                new Warning(Kind.OBJECTIVE_NOT_SERVED, "ob-4"),
                new Warning(Kind.KPI_WITHOUT_TARGET, "ob-4"),
                new Warning(Kind.KPI_WITHOUT_DEADLINE, "ob-4"),
                new Warning(Kind.TOUCHPOINT_SERVES_NOTHING, "tp-2")), PlanWarnings.of(plan),
                "a flow or a plain relation is not serving");
    }

    @Test
    void aServesLinkTheWrongWayRoundDoesNotCount() {
        Project plan = Project.empty(INFO).plus(List.of(site, orders),
                List.of(new Link("ln-5", "ob-3", "tp-1", LinkKind.SERVES)));
        assertEquals(List.of(new Warning(Kind.OBJECTIVE_NOT_SERVED, "ob-3"),
                new Warning(Kind.TOUCHPOINT_SERVES_NOTHING, "tp-1")), PlanWarnings.of(plan));
    }
}
