package org.strategycanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.ProjectProblems.Problem;
import org.strategycanvas.model.plan.Action;

/** Every rule a file can break across elements, links and actions, in the order the problems are listed. */
class ProjectProblemsTest {

    private static final ProjectInfo INFO = new ProjectInfo("Bakery", "Le Fournil", "Test", "en", "EUR",
            java.time.LocalDate.of(2026, 3, 2));

    private static Project plan(List<Touchpoint> touchpoints, List<Objective> objectives, List<Link> links,
                                List<Action> actions) {
        return new Project(INFO, touchpoints, objectives, links, List.of(), List.of()).withActions(actions);
    }

    private static Touchpoint card(String id, double x) {
        return Touchpoint.create(id, TouchpointType.WEBSITE, "Card " + id, x, 0);
    }

    @Test
    void aSoundPlanHasNoProblem() {
        Project project = plan(List.of(card("tp-1", 0), card("tp-2", 300)),
                List.of(Objective.create("ob-1", "Sales", 0, 300)),
                List.of(new Link("ln-1", "tp-1", "ob-1", LinkKind.SERVES)),
                List.of(new Action("ac-1", "Launch", "tp-2", "ob-1", 0, 2, "", Map.of(), false)));
        assertEquals(List.of(), ProjectProblems.of(project));
    }

    @Test
    void everyBrokenRuleIsListedInFileOrder() {
        Project project = plan(
                List.of(card("tp-1", 0), card("ob-1", 300)),
                List.of(Objective.create("ob-1", "Sales", 0, 300)),
                List.of(new Link("tp-1", "tp-1", "ob-1", LinkKind.SERVES), // its id is a card's
                        new Link("ln-2", "tp-1", "gone", LinkKind.FLOW),
                        new Link("ln-2", "tp-1", "tp-1", LinkKind.FLOW)), // the same id again, and to itself
                List.of(new Action("ac-1", "Launch", "ob-9", null, 0, 2, "", Map.of(), false)));
        assertEquals(List.of(
                new Problem("problem.duplicateId", "ob-1"),
                new Problem("problem.duplicateId", "tp-1"),
                new Problem("problem.danglingLink", "ln-2"),
                new Problem("problem.duplicateId", "ln-2"),
                new Problem("problem.selfLink", "ln-2"),
                new Problem("problem.actionUnknownTouchpoint", "ac-1")), ProjectProblems.of(project));
    }

    @Test
    void anActionNamesATouchpointAsItsTouchpointAndAnObjectiveAsItsObjective() {
        Project project = plan(List.of(card("tp-1", 0)),
                List.of(Objective.create("ob-1", "Sales", 0, 300)), List.of(),
                List.of(new Action("ac-1", "Swapped", "ob-1", "tp-1", 0, 2, "", Map.of(), false)));
        assertEquals(List.of(new Problem("problem.actionUnknownTouchpoint", "ac-1"),
                new Problem("problem.actionUnknownObjective", "ac-1")), ProjectProblems.of(project));
    }
}
