package org.strategycanvas.command;

import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;

/** Changes the project's title, organisation, author, language, currency or plan start. */
public record EditProjectInfo(ProjectInfo before, ProjectInfo after) implements Command {

    @Override
    public Project execute(Project project) {
        return project.withInfo(after);
    }

    @Override
    public Project undo(Project project) {
        return project.withInfo(before);
    }

    @Override
    public String descriptionKey() {
        return "command.editProject";
    }
}
