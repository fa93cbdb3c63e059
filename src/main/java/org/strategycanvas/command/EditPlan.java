package org.strategycanvas.command;

import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Plan;

/**
 * Replaces the whole plan beside the canvas: brief, scenarios and the active one, actions, actuals or
 * versions. Generic on purpose: each plan edit (add an action, record a value, rename a scenario, save a
 * version) builds the plan after and names itself with a {@code command.*} key.
 */
public record EditPlan(Plan before, Plan after, String descriptionKey) implements Command {

    /** A plan edit named "Edit the plan". */
    public EditPlan(Plan before, Plan after) {
        this(before, after, "command.editPlan");
    }

    @Override
    public Project execute(Project project) {
        return project.withPlan(after);
    }

    @Override
    public Project undo(Project project) {
        return project.withPlan(before);
    }
}
