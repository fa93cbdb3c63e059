package org.strategycanvas.command;

import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.Project;

/** Changes the plan's periods, phases, target mixes or gap threshold. */
public record EditMixPlan(MixPlan before, MixPlan after) implements Command {

    @Override
    public Project execute(Project project) {
        return project.withMixPlan(after);
    }

    @Override
    public Project undo(Project project) {
        return project.withMixPlan(before);
    }

    @Override
    public String descriptionKey() {
        return "command.editMixPlan";
    }
}
