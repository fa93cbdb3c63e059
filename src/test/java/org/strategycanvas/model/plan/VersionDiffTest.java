package org.strategycanvas.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.plan.VersionDiff.Change;

class VersionDiffTest {

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static Objective objective(String id, String target) {
        return Objective.create(id, id, 0, 0).withKpi("", "", null, target == null ? null : bd(target), null);
    }

    private static Action action(String id, Map<String, BigDecimal> budgets) {
        return new Action(id, id, null, null, 0, 1, "", budgets, false);
    }

    private final Touchpoint t1 = Touchpoint.create("t1", TouchpointType.WEBSITE, "A", 0, 0);
    private final Touchpoint t2 = Touchpoint.create("t2", TouchpointType.BLOG, "Blog", 0, 0);
    private final Touchpoint t3 = Touchpoint.create("t3", TouchpointType.STORE, "Boutique", 0, 0);

    private final PlanVersion version = new PlanVersion("v1", LocalDate.of(2026, 1, 1), List.of(t1, t2),
            List.of(objective("o1", "100"), objective("o2", null)),
            List.of(action("a1", Map.of("good", bd("100"), "better", bd("200")))));

    @Test
    void addedRemovedAndChangedInTheVersionsOrderThenTheNewOnes() {
        Touchpoint renamed = t1.withLabel("B");
        VersionDiff diff = VersionDiff.between(version, List.of(renamed, t3),
                List.of(objective("o1", "120"), objective("o2", "50")),
                List.of(action("a1", Map.of("good", bd("100.00"), "better", bd("250"), "best", bd("300"))),
                        action("a2", Map.of("good", bd("10")))));
        assertEquals(List.of(new Change<>("t1", t1, renamed), new Change<>("t2", t2, null),
                new Change<>("t3", null, t3)), diff.touchpoints());
        // a1/good: 100 and 100.00 are the same amount, so no change.
        assertEquals(List.of(new Change<>("a1/better", bd("200"), bd("250")),
                new Change<>("a1/best", null, bd("300")),
                new Change<>("a2/good", null, bd("10"))), diff.budgets());
        assertEquals(List.of(new Change<>("o1", bd("100"), bd("120")), new Change<>("o2", null, bd("50"))),
                diff.targets());
        assertTrue(diff.targets().get(1).added());
        assertTrue(diff.touchpoints().get(1).removed());
    }

    @Test
    void theSamePlanHasNoDifference() {
        assertTrue(VersionDiff.between(version, version.touchpoints(), version.objectives(), version.actions())
                .isEmpty());
    }

    @Test
    void movingACardIsNotAChangeOfThePlan() {
        Touchpoint moved = t1.withBounds(t1.bounds().translate(300, 40));
        assertTrue(VersionDiff.between(version, List.of(moved, t2), version.objectives(), version.actions())
                .isEmpty());
        Touchpoint dearer = moved.withBudget(bd("500"));
        assertEquals(List.of(new Change<>("t1", t1, dearer)),
                VersionDiff.between(version, List.of(dearer, t2), version.objectives(), version.actions())
                        .touchpoints());
    }

    @Test
    void aZeroBudgetIsNoBudget() {
        // a3 is new with 0 everywhere; a1 has 0 in "good" (it had 100) and gains an explicit 0 in "best".
        VersionDiff diff = VersionDiff.between(version, version.touchpoints(), version.objectives(),
                List.of(action("a1", Map.of("good", bd("0"), "better", bd("200"), "best", bd("0.00"))),
                        action("a3", Map.of("good", bd("0"), "better", bd("0")))));
        assertEquals(List.of(new Change<>("a1/good", bd("100"), null)), diff.budgets());
    }
}
