package org.strategycanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strategycanvas.command.CommandStack;
import org.strategycanvas.command.EditPlan;
import org.strategycanvas.command.RemoveElements;
import org.strategycanvas.model.ProjectProblems.Problem;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Actual;
import org.strategycanvas.model.plan.Plan;

/** The plan inside the project: equality, removal that leaves nothing dangling, and undo. */
class ProjectPlanTest {

    private final Touchpoint site = Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 0, 0)
            .withStages(List.of("loyal", "aware"));
    private final Objective sales = Objective.create("ob-2", "Ventes", 0, 0).withOwner("Claire");
    private final Project project = new Project(new ProjectInfo("P", "", "", "fr", "EUR", LocalDate.of(2026, 1, 5)),
            List.of(site), List.of(sales), List.of(), List.of(), List.of())
            .withActions(List.of(new Action("ac-1", "Lancer", "tp-1", "ob-2", 0, 2, "", Map.of("good", BigDecimal.TEN),
                    false)))
            .withActuals(List.of(new Actual("ob-2", LocalDate.of(2026, 2, 1), BigDecimal.ONE)));

    @Test
    void stagesAreSortedAndMustBeKnown() {
        assertEquals(List.of("aware", "loyal"), List.copyOf(site.stages()));
        assertThrows(IllegalArgumentException.class, () -> site.withStages(List.of("later")));
        assertThrows(IllegalArgumentException.class, () -> Zone.create("zn-1", "Z", 0, 0).withStage("later"));
    }

    @Test
    void thePlanTakesPartInEquality() {
        assertNotEquals(project, project.withPlan(Plan.DEFAULT));
        assertEquals(project, project.withActions(project.actions()));
        assertTrue(ProjectProblems.of(project).isEmpty());
    }

    @Test
    void removingDetachesActionsAndDropsActualsAndUndoBringsThemBack() {
        CommandStack stack = new CommandStack(project);
        stack.execute(new RemoveElements(Set.of("tp-1", "ob-2"), "command.delete"));
        Action detached = stack.project().actions().get(0);
        assertNull(detached.touchpointId());
        assertNull(detached.objectiveId());
        assertEquals(BigDecimal.TEN, detached.budget("good"), "the budget stays");
        assertEquals(List.of(), stack.project().actuals());
        assertTrue(ProjectProblems.of(stack.project()).isEmpty());
        stack.undo();
        assertEquals(project, stack.project());
    }

    @Test
    void danglingPlanReferencesAreProblems() {
        Project broken = project.withActuals(List.of(new Actual("ob-9", LocalDate.of(2026, 2, 1), BigDecimal.ONE)));
        assertEquals(List.of(new Problem("problem.actualUnknownObjective", "ob-9")), ProjectProblems.of(broken));
    }

    @Test
    void editPlanUndoes() {
        CommandStack stack = new CommandStack(project);
        stack.execute(new EditPlan(project.plan(), project.plan().withScenarios(project.scenarios(), "best")));
        assertEquals("best", stack.project().activeScenario());
        stack.undo();
        assertEquals("good", stack.project().activeScenario());
    }
}
