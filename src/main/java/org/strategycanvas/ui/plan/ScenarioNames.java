package org.strategycanvas.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strategycanvas.command.EditPlan;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Plan;
import org.strategycanvas.model.plan.Scenario;
import org.strategycanvas.ui.editor.Editor;

/** Renaming a scenario: one undo step, refused with a plain sentence when the name is blank or taken. */
final class ScenarioNames {

    private final Messages messages;
    private final Editor editor;

    ScenarioNames(Messages messages, Editor editor) {
        this.messages = messages;
        this.editor = editor;
    }

    /** Renames scenario {@code id}; the refusal to show, if the name cannot be taken. */
    Optional<String> rename(String id, String typed) {
        String name = typed.strip();
        if (name.isEmpty()) {
            return Optional.of(messages.get("scenarios.name.blank"));
        }
        Project project = editor.project();
        if (project.scenarios().stream().anyMatch(s -> !s.id().equals(id) && s.name().strip().equalsIgnoreCase(name))) {
            return Optional.of(messages.get("scenarios.name.taken", name));
        }
        List<Scenario> renamed = new ArrayList<>();
        for (Scenario s : project.scenarios()) {
            renamed.add(s.id().equals(id) ? new Scenario(id, name) : s);
        }
        Plan before = project.plan();
        Plan after = before.withScenarios(renamed, before.activeScenario());
        if (!after.equals(before)) {
            editor.execute(new EditPlan(before, after, "command.renameScenario"));
        }
        return Optional.empty();
    }
}
