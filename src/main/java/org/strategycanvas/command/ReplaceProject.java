package org.strategycanvas.command;

import org.strategycanvas.model.Project;

/**
 * One step computed by the model as a whole new project (such as deleting touchpoints and moving their
 * actions and links elsewhere). Undo gives back the project as it was; the stack is last in, first out,
 * so nothing else changed it in between.
 */
public record ReplaceProject(Project before, Project after, String descriptionKey) implements Command {

    @Override
    public Project execute(Project project) {
        return after;
    }

    @Override
    public Project undo(Project project) {
        return before;
    }
}
