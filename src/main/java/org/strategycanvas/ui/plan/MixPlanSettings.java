package org.strategycanvas.ui.plan;

import java.util.function.UnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.PeriodUnit;
import org.strategycanvas.ui.editor.Editor;

/** How the plan is cut in time (weeks or months, how many) and how wide a gap gets flagged. */
final class MixPlanSettings extends FlowPane {

    private final Editor editor;
    private final ComboBox<PeriodUnit> unit = new ComboBox<>();
    private final Spinner<Integer> count = new Spinner<>(1, MixPlan.MAX_PERIODS, 12);
    private final Spinner<Integer> threshold = new Spinner<>(0, 100, 15, 5);
    private boolean showing;

    MixPlanSettings(Messages messages, Editor editor) {
        super(8, 4);
        this.editor = editor;
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("mix-settings");
        unit.getItems().setAll(PeriodUnit.values());
        unit.setCellFactory(list -> new UnitCell(messages));
        unit.setButtonCell(new UnitCell(messages));
        unit.setId("mix-unit");
        count.setEditable(true);
        count.setPrefWidth(90);
        count.setMinWidth(90);
        count.setId("mix-period-count");
        threshold.setEditable(true);
        threshold.setPrefWidth(90);
        threshold.setMinWidth(90);
        threshold.setId("mix-threshold");
        unit.valueProperty().addListener((o, a, value) -> edit(p -> p.withPeriods(value, p.periodCount())));
        count.valueProperty().addListener((o, a, value) -> edit(p -> p.withPeriods(p.unit(), value)));
        threshold.valueProperty().addListener((o, a, value) -> edit(p -> p.withGapThreshold(value)));
        getChildren().addAll(label(messages, "plan.mix.periods"), count, unit,
                label(messages, "plan.mix.threshold"), threshold);
    }

    private static Label label(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private void edit(UnaryOperator<MixPlan> change) {
        if (!showing) {
            MixPlanEdits.apply(editor, change);
        }
    }

    void show(MixPlan plan) {
        showing = true;
        unit.setValue(plan.unit());
        count.getValueFactory().setValue(plan.periodCount());
        threshold.getValueFactory().setValue(plan.gapThreshold());
        showing = false;
    }

    private static final class UnitCell extends ListCell<PeriodUnit> {
        private final Messages messages;

        UnitCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(PeriodUnit item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get("plan.unit." + item.id()));
        }
    }
}
