package org.strategycanvas.model.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.strategycanvas.model.ProjectProblems.Problem;

/**
 * What a plan's types cannot check, against the ids of the canvas's touchpoints and objectives: scenario
 * and action ids unique, the active scenario existing, actions, budgets and actuals referring only to
 * what exists. Each problem names the id it concerns (for an actual, its objective id).
 */
public final class PlanProblems {

    private PlanProblems() {
    }

    public static List<Problem> of(Plan plan, Set<String> touchpointIds, Set<String> objectiveIds) {
        List<Problem> problems = new ArrayList<>();
        Set<String> scenarioIds = new HashSet<>();
        for (Scenario s : plan.scenarios()) {
            if (!scenarioIds.add(s.id())) {
                problems.add(new Problem("problem.duplicateScenario", s.id()));
            }
        }
        if (!scenarioIds.contains(plan.activeScenario())) {
            problems.add(new Problem("problem.unknownActiveScenario", plan.activeScenario()));
        }
        Set<String> actionIds = new HashSet<>(plan.actions().size() * 4 / 3 + 1);
        for (Action a : plan.actions()) {
            if (!actionIds.add(a.id())) {
                problems.add(new Problem("problem.duplicateAction", a.id()));
            }
            if (a.touchpointId() != null && !touchpointIds.contains(a.touchpointId())) {
                problems.add(new Problem("problem.actionUnknownTouchpoint", a.id()));
            }
            if (a.objectiveId() != null && !objectiveIds.contains(a.objectiveId())) {
                problems.add(new Problem("problem.actionUnknownObjective", a.id()));
            }
            if (!scenarioIds.containsAll(a.budgets().keySet())) {
                problems.add(new Problem("problem.actionUnknownScenario", a.id()));
            }
        }
        for (Actual x : plan.actuals()) {
            if (!objectiveIds.contains(x.objectiveId())) {
                problems.add(new Problem("problem.actualUnknownObjective", x.objectiveId()));
            }
        }
        return problems;
    }
}
