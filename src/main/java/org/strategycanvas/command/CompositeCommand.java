package org.strategycanvas.command;

import java.util.List;
import org.strategycanvas.model.Project;

/** Several commands done and undone as one step, such as one gesture. */
public record CompositeCommand(List<Command> parts, String descriptionKey) implements Command {

    public CompositeCommand {
        parts = List.copyOf(parts);
    }

    @Override
    public Project execute(Project project) {
        Project result = project;
        for (Command part : parts) {
            result = part.execute(result);
        }
        return result;
    }

    @Override
    public Project undo(Project project) {
        Project result = project;
        for (int i = parts.size() - 1; i >= 0; i--) {
            result = parts.get(i).undo(result);
        }
        return result;
    }
}
