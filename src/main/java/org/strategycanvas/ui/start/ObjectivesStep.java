package org.strategycanvas.ui.start;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;

/**
 * Up to five objectives, one a line: a title, what measures it and the target. A line with something typed
 * becomes an objective card; a line left blank is nothing.
 */
final class ObjectivesStep implements WizardStep {

    static final int LINES = 5;

    private final Messages messages;
    private final List<Line> lines = new ArrayList<>();
    private final VBox view;
    private final BooleanBinding valid;

    private record Line(TextField title, TextField kpi, AmountField target) {
        boolean isBlank() {
            return title.getText().isBlank() && kpi.getText().isBlank() && target.getText().isBlank();
        }
    }

    ObjectivesStep(Messages messages) {
        this.messages = messages;
        GridPane grid = new GridPane();
        grid.getStyleClass().add("wizard-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints title = new ColumnConstraints();
        title.setHgrow(Priority.ALWAYS);
        title.setPercentWidth(46);
        ColumnConstraints kpi = new ColumnConstraints();
        kpi.setHgrow(Priority.ALWAYS);
        kpi.setPercentWidth(36);
        ColumnConstraints target = new ColumnConstraints();
        target.setPercentWidth(18);
        grid.getColumnConstraints().addAll(title, kpi, target);
        grid.addRow(0, header("start.wizard.objectives.titleColumn"), header("start.wizard.objectives.kpiColumn"),
                header("start.wizard.objectives.targetColumn"));
        BooleanBinding allValid = null;
        for (int i = 0; i < LINES; i++) {
            Line line = new Line(new TextField(), new TextField(), new AmountField(messages.locale(), false));
            line.title().setId("wizard-objective-" + i);
            line.kpi().setId("wizard-objective-" + i + "-kpi");
            line.target().setId("wizard-objective-" + i + "-target");
            if (i == 0) {
                line.title().setPromptText(messages.get("start.wizard.objectives.titlePrompt"));
                line.kpi().setPromptText(messages.get("start.wizard.objectives.kpiPrompt"));
                line.target().setPromptText(messages.get("start.wizard.objectives.targetPrompt"));
            }
            grid.addRow(i + 1, line.title(), line.kpi(), line.target());
            lines.add(line);
            allValid = allValid == null ? line.target().validProperty()
                    : allValid.and(line.target().validProperty());
        }
        this.valid = allValid;
        view = new VBox(12, grid, AmountField.problem(messages, valid));
    }

    private Label header(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("wizard-column-title");
        label.setWrapText(true);
        return label;
    }

    /** The lines typed, in order; a line with no title gets the name a new objective gets. */
    List<GuidedAnswers.ObjectiveLine> objectives() {
        List<GuidedAnswers.ObjectiveLine> result = new ArrayList<>();
        for (Line line : lines) {
            if (!line.isBlank()) {
                String title = line.title().getText().isBlank() ? messages.get("insert.objective.title")
                        : line.title().getText().strip();
                result.add(new GuidedAnswers.ObjectiveLine(title, line.kpi().getText().strip(), line.target().amount()));
            }
        }
        return result;
    }

    @Override
    public String key() {
        return "objectives";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node firstField() {
        return lines.get(0).title();
    }

    @Override
    public void clear() {
        for (Line line : lines) {
            line.title().clear();
            line.kpi().clear();
            line.target().clear();
        }
    }

    @Override
    public ObservableBooleanValue valid() {
        return valid;
    }
}
