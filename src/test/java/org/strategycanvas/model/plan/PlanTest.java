package org.strategycanvas.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.ProjectProblems.Problem;

class PlanTest {

    private static final Set<String> TOUCHPOINTS = Set.of("site", "news");
    private static final Set<String> OBJECTIVES = Set.of("ventes", "abonnes");

    private static Action action(String id, String touchpoint, String objective, Map<String, BigDecimal> budgets) {
        return new Action(id, id, touchpoint, objective, 0, 1, "", budgets, false);
    }

    private final Plan plan = Plan.DEFAULT
            .withActions(List.of(action("a1", "site", "ventes", Map.of("good", BigDecimal.TEN)),
                    action("a2", "news", "abonnes", Map.of())))
            .withActuals(List.of(new Actual("ventes", LocalDate.of(2026, 2, 1), BigDecimal.ONE),
                    new Actual("abonnes", LocalDate.of(2026, 2, 1), BigDecimal.ONE)));

    @Test
    void theDefaultPlanHasThreeScenariosWithGoodActiveAndNoProblem() {
        assertEquals(List.of("good", "better", "best"),
                Plan.DEFAULT.scenarios().stream().map(Scenario::id).toList());
        assertEquals("good", Plan.DEFAULT.activeScenario());
        assertTrue(PlanProblems.of(Plan.DEFAULT, Set.of(), Set.of()).isEmpty());
        assertTrue(PlanProblems.of(plan, TOUCHPOINTS, OBJECTIVES).isEmpty());
    }

    @Test
    void removingATouchpointDetachesItsActionsAndRemovingAnObjectiveDropsItsActuals() {
        Plan after = plan.without(Set.of("site", "abonnes"));
        Action a1 = after.actions().get(0);
        Action a2 = after.actions().get(1);
        assertNull(a1.touchpointId(), "a1 lost its touchpoint");
        assertEquals("ventes", a1.objectiveId(), "but kept its objective");
        assertEquals(BigDecimal.TEN, a1.budget("good"), "and its budget");
        assertEquals("news", a2.touchpointId());
        assertNull(a2.objectiveId(), "a2 lost its objective");
        assertEquals(List.of("ventes"), after.actuals().stream().map(Actual::objectiveId).toList());
        assertTrue(PlanProblems.of(after, Set.of("news"), Set.of("ventes")).isEmpty(), "nothing dangles");
    }

    @Test
    void everyDanglingReferenceIsAProblem() {
        Plan broken = new Plan(Brief.EMPTY, List.of(new Scenario("good", "A"), new Scenario("good", "B")), "gone",
                List.of(action("a1", "nowhere", "nothing", Map.of("ghost", BigDecimal.ONE)),
                        action("a1", null, null, Map.of())),
                List.of(new Actual("nothing", LocalDate.of(2026, 1, 1), BigDecimal.ONE)), List.of());
        assertEquals(List.of(
                new Problem("problem.duplicateScenario", "good"),
                new Problem("problem.unknownActiveScenario", "gone"),
                new Problem("problem.actionUnknownTouchpoint", "a1"),
                new Problem("problem.actionUnknownObjective", "a1"),
                new Problem("problem.actionUnknownScenario", "a1"),
                new Problem("problem.duplicateAction", "a1"),
                new Problem("problem.actualUnknownObjective", "nothing")),
                PlanProblems.of(broken, TOUCHPOINTS, OBJECTIVES));
    }
}
