package org.strategycanvas.model.plan;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plan beside the canvas: the brief, the budget scenarios and the active one, the actions on the
 * timeline, the recorded KPI values and the saved versions. Immutable; the project will hold one.
 */
public record Plan(Brief brief, List<Scenario> scenarios, String activeScenario, List<Action> actions,
                   List<Actual> actuals, List<PlanVersion> versions) {

    /** A new plan: empty brief, the three default scenarios with "good" active, nothing else. */
    public static final Plan DEFAULT = new Plan(Brief.EMPTY, Scenario.DEFAULTS, Scenario.GOOD, List.of(), List.of(),
            List.of());

    public Plan {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(activeScenario, "activeScenario");
        scenarios = List.copyOf(scenarios);
        actions = List.copyOf(actions);
        actuals = List.copyOf(actuals);
        versions = List.copyOf(versions);
    }

    public Plan withBrief(Brief newBrief) {
        return new Plan(newBrief, scenarios, activeScenario, actions, actuals, versions);
    }

    public Plan withScenarios(List<Scenario> newScenarios, String newActive) {
        return new Plan(brief, newScenarios, newActive, actions, actuals, versions);
    }

    public Plan withActions(List<Action> newActions) {
        return new Plan(brief, scenarios, activeScenario, newActions, actuals, versions);
    }

    public Plan withActuals(List<Actual> newActuals) {
        return new Plan(brief, scenarios, activeScenario, actions, newActuals, versions);
    }

    public Plan withVersions(List<PlanVersion> newVersions) {
        return new Plan(brief, scenarios, activeScenario, actions, actuals, newVersions);
    }

    /**
     * The plan once some touchpoints and objectives are gone from the canvas, so that nothing dangles:
     * an action on a removed touchpoint or for a removed objective keeps its place on the timeline and its
     * budgets, and loses only that reference (it becomes null); the actuals of a removed objective are
     * deleted, since they measure nothing any more. Saved versions are snapshots and stay as they were.
     */
    public Plan without(Set<String> removedIds) {
        List<Action> kept = actions.stream().map(a -> {
            Action b = a.touchpointId() != null && removedIds.contains(a.touchpointId()) ? a.withTouchpoint(null) : a;
            return b.objectiveId() != null && removedIds.contains(b.objectiveId()) ? b.withObjective(null) : b;
        }).collect(Collectors.toList());
        List<Actual> measured = actuals.stream().filter(x -> !removedIds.contains(x.objectiveId()))
                .collect(Collectors.toList());
        return new Plan(brief, scenarios, activeScenario, kept, measured, versions);
    }
}
