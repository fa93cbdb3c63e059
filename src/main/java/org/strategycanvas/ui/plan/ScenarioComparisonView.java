package org.strategycanvas.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Scenario;
import org.strategycanvas.render.ScenarioComparisonPainter;
import org.strategycanvas.ui.editor.Editor;

/**
 * The scenarios side by side, painted by {@link ScenarioComparisonPainter}, with each scenario's name as a
 * field over its column: Enter or leaving the field renames it, Esc puts the name back.
 */
final class ScenarioComparisonView extends PaintedView {

    private static final double PAD = 8;

    private final ScenarioComparisonPainter painter;
    private final ScenarioNames names;
    private final Consumer<String> onRefusal;
    private final List<TextField> fields = new ArrayList<>();
    private Project project;

    ScenarioComparisonView(Messages messages, Editor editor, Consumer<String> onRefusal) {
        this.painter = new ScenarioComparisonPainter(messages);
        this.names = new ScenarioNames(messages, editor);
        this.onRefusal = onRefusal;
        getStyleClass().add("scenario-comparison");
        setMinWidth(420);
        setPainter(s -> painter.paint(s, project, PAD, PAD, getWidth() - 2 * PAD, false));
        editor.projectProperty().addListener((obs, old, p) -> show(p));
        show(editor.project());
    }

    private void show(Project newProject) {
        project = newProject;
        List<Scenario> scenarios = project.scenarios();
        if (fields.size() != scenarios.size() || !sameIds(scenarios)) {
            getChildren().removeAll(fields);
            fields.clear();
            for (Scenario s : scenarios) {
                fields.add(field(s.id()));
            }
            getChildren().addAll(fields);
        }
        for (int i = 0; i < scenarios.size(); i++) {
            TextField field = fields.get(i);
            field.setUserData(scenarios.get(i).id());
            if (!field.isFocused()) {
                field.setText(scenarios.get(i).name());
            }
        }
        setMinHeight(painter.height(project) + 2 * PAD);
        requestLayout();
        repaint();
    }

    private boolean sameIds(List<Scenario> scenarios) {
        for (int i = 0; i < scenarios.size(); i++) {
            if (!scenarios.get(i).id().equals(fields.get(i).getUserData())) {
                return false;
            }
        }
        return true;
    }

    private TextField field(String id) {
        TextField field = new TextField();
        field.setId("scenario-name-" + id);
        field.setUserData(id);
        field.getStyleClass().add("scenario-name");
        field.setOnAction(e -> commit(field));
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit(field);
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(current(field));
                e.consume();
            }
        });
        return field;
    }

    private void commit(TextField field) {
        if (field.getText().equals(current(field))) {
            return;
        }
        names.rename((String) field.getUserData(), field.getText()).ifPresentOrElse(refusal -> {
            field.setText(current(field));
            onRefusal.accept(refusal);
        }, () -> onRefusal.accept(""));
    }

    private String current(TextField field) {
        return project.scenarios().stream().filter(s -> s.id().equals(field.getUserData())).findFirst()
                .map(Scenario::name).orElse("");
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double width = getWidth() - 2 * PAD;
        double columnWidth = ScenarioComparisonPainter.columnWidth(width, fields.size());
        for (int i = 0; i < fields.size(); i++) {
            double left = ScenarioComparisonPainter.columnLeft(PAD, width, fields.size(), i);
            fields.get(i).resizeRelocate(left + 4, PAD + 2, columnWidth - 8, ScenarioComparisonPainter.NAME_LINE - 4);
        }
    }
}
