package org.strategycanvas.ui.plan;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.strategycanvas.command.EditPlan;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Plan;
import org.strategycanvas.model.plan.Scenario;
import org.strategycanvas.ui.editor.Editor;

/**
 * Which budget scenario the cards' badges and the media mix show. The active scenario is saved with the
 * plan, so switching is an edit like any other: one undo step, and the file has unsaved changes.
 */
public final class ScenarioSwitcher extends HBox {

    private final Editor editor;
    private final ComboBox<Scenario> choice = new ComboBox<>();
    private boolean showing;

    public ScenarioSwitcher(Messages messages, Editor editor) {
        super(6);
        this.editor = editor;
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label(messages.get("scenarios.switcher"));
        label.setLabelFor(choice);
        label.setMinWidth(Label.USE_PREF_SIZE);
        choice.setId("scenario-switcher");
        choice.setTooltip(new Tooltip(messages.get("scenarios.switcher.tooltip")));
        choice.setCellFactory(list -> new NameCell());
        choice.setButtonCell(new NameCell());
        choice.valueProperty().addListener((obs, old, picked) -> {
            if (!showing && picked != null) {
                activate(picked.id());
            }
        });
        getChildren().addAll(label, choice);
        editor.projectProperty().addListener((obs, old, project) -> show(project));
        show(editor.project());
    }

    private void activate(String id) {
        Plan before = editor.project().plan();
        if (!before.activeScenario().equals(id)) {
            editor.execute(new EditPlan(before, before.withScenarios(before.scenarios(), id),
                    "command.switchScenario"));
        }
    }

    private void show(Project project) {
        showing = true;
        if (!choice.getItems().equals(project.scenarios())) {
            choice.getItems().setAll(project.scenarios());
        }
        choice.setValue(project.scenarios().stream().filter(s -> s.id().equals(project.activeScenario()))
                .findFirst().orElse(null));
        showing = false;
    }

    private static final class NameCell extends ListCell<Scenario> {
        @Override
        protected void updateItem(Scenario item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
