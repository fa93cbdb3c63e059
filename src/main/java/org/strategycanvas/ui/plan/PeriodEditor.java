package org.strategycanvas.ui.plan;

import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.mix.TernaryControl;

/**
 * The selected periods: their dates, their phase's name, and their target mix. A target set here applies
 * to every selected period, in one undo step.
 */
final class PeriodEditor extends VBox {

    private final Messages messages;
    private final Editor editor;
    private final Label heading = new Label();
    private final Label planned = new Label();
    private final TextField phase = new TextField();
    private final TernaryControl target;
    private final Button clear;
    private int first;
    private int last;

    PeriodEditor(Messages messages, Editor editor) {
        super(6);
        this.messages = messages;
        this.editor = editor;
        this.target = new TernaryControl(messages).withIdPrefix("target-").sideBySide(150);
        getStyleClass().add("period-editor");
        heading.getStyleClass().add("panel-title");
        heading.setWrapText(true);
        phase.setId("period-phase");
        phase.setPromptText(messages.get("plan.period.phasePrompt"));
        phase.setOnAction(e -> edit(p -> p.withPhase(phase.getText(), first, last)));
        phase.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                String current = editor.project().mixPlan().phaseOf(first).map(ph -> ph.name()).orElse("");
                if (!current.equals(phase.getText().strip())) {
                    edit(p -> p.withPhase(phase.getText(), first, last));
                }
            }
        });
        target.setOnCommit(split -> edit(p -> {
            MixPlan result = p;
            for (int i = first; i <= last; i++) {
                result = result.withTarget(i, split);
            }
            return result;
        }));
        clear = new Button(messages.get("plan.period.clearTarget"));
        clear.setId("period-clear-target");
        clear.setOnAction(e -> edit(p -> {
            MixPlan result = p;
            for (int i = first; i <= last; i++) {
                result = result.withTarget(i, null);
            }
            return result;
        }));
        Label phaseLabel = new Label(messages.get("plan.period.phase"));
        phaseLabel.setLabelFor(phase);
        phaseLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox.setHgrow(phase, Priority.ALWAYS);
        HBox phaseRow = new HBox(6, phaseLabel, phase);
        phaseRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label targetLabel = new Label(messages.get("plan.period.target"));
        targetLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox targetRow = new HBox(6, targetLabel, clear);
        targetRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        planned.setId("period-planned");
        planned.setWrapText(true);
        getChildren().addAll(heading, planned, phaseRow, targetRow, target);
        setMinWidth(380);
        setPrefWidth(400);
    }

    private void edit(UnaryOperator<MixPlan> change) {
        if (last < editor.project().mixPlan().periodCount()) {
            MixPlanEdits.apply(editor, change);
        }
    }

    /** Shows periods {@code from} to {@code to}: their dates, and the first one's planned mix and gap. */
    void show(int from, int to, String description, String plannedText) {
        first = from;
        last = to;
        heading.setText(description);
        planned.setText(plannedText);
        MixPlan plan = editor.project().mixPlan();
        if (!phase.isFocused()) {
            phase.setText(plan.phaseOf(from).map(p -> p.name()).orElse(""));
        }
        MediaSplit current = plan.targets().get(from);
        target.setValue(current != null ? current : new MediaSplit(34, 33, 33));
        clear.setDisable(plan.targets().keySet().stream().noneMatch(i -> i >= from && i <= to));
    }
}
