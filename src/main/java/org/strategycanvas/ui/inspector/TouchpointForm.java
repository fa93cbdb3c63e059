package org.strategycanvas.ui.inspector;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.JourneyStage;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.plan.ScenarioBudgets;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.format.Decimals;
import org.strategycanvas.ui.mix.TernaryControl;

/**
 * Label, type, budget, media split, active dates and notes of one touchpoint. Its budget is its own only
 * while no action is planned on it (see {@link #showBudget}).
 */
final class TouchpointForm extends ElementForm<Touchpoint> {

    private final CommitTextField label = new CommitTextField(text -> update(t -> t.withLabel(text.strip())));
    private final ComboBox<TouchpointType> type = new ComboBox<>();
    private final CommitTextField budget;
    private final Label budgetSource;
    private final TernaryControl split;
    private final CommitTextArea notes = new CommitTextArea(text -> update(t -> t.withNotes(text)));
    private final DatePicker activeFrom = new DatePicker();
    private final DatePicker activeTo = new DatePicker();
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final Label served = new Label();
    private final FlowPane stages = new FlowPane(8, 4);
    private boolean showing;

    TouchpointForm(Messages messages, Editor editor, Touchpoint touchpoint) {
        super(messages, "inspector.touchpoint", editor, touchpoint, Touchpoint.class);
        label.setId("inspector-label");
        type.getItems().setAll(Arrays.asList(TouchpointType.values()));
        type.setCellFactory(list -> new TypeCell());
        type.setButtonCell(new TypeCell());
        type.setMaxWidth(Double.MAX_VALUE);
        type.valueProperty().addListener((obs, old, value) -> {
            if (!showing && value != null) {
                update(t -> t.withType(value));
            }
        });
        budget = new CommitTextField(text -> {
            if (!budgetField().isEditable()) {
                return;
            }
            BigDecimal amount = text.isBlank() ? BigDecimal.ZERO
                    : Decimals.parse(text, messages.locale()).orElse(null);
            boolean valid = amount != null && amount.signum() >= 0 && amount.scale() <= 2;
            budgetField().markInvalid(!valid);
            if (valid) {
                update(t -> t.withBudget(amount));
            }
        });
        budget.setId("inspector-budget");
        split = new TernaryControl(messages);
        split.setOnCommit(value -> update(t -> t.withSplit(value)));
        row("inspector.label", label);
        row("inspector.type", type);
        row("inspector.budget", budget).setPromptText(editor.project().info().currency());
        budgetSource = note("");
        budgetSource.setId("inspector-budget-source");
        below("inspector.split", split);
        activeFrom.setId("inspector-active-from");
        activeTo.setId("inspector-active-to");
        for (DatePicker picker : new DatePicker[] {activeFrom, activeTo}) {
            picker.setPromptText(messages.get("inspector.activeWholePlan"));
            picker.setMaxWidth(Double.MAX_VALUE);
            picker.valueProperty().addListener((obs, old, value) -> activityChanged());
        }
        for (JourneyStage stage : JourneyStage.values()) {
            CheckBox box = new CheckBox(messages.get("stage." + stage.id()));
            box.setId("inspector-stage-" + stage.id());
            box.setUserData(stage.id());
            box.selectedProperty().addListener((obs, was, is) -> {
                if (!showing) {
                    update(t -> t.withStages(checkedStages()));
                }
            });
            stages.getChildren().add(box);
        }
        below("inspector.stages", stages);
        row("inspector.activeFrom", activeFrom);
        row("inspector.activeTo", activeTo);
        row("inspector.notes", notes);
        served.setWrapText(true);
        served.setId("inspector-serves");
        row("inspector.serves", served);
        show(touchpoint);
    }

    private List<String> checkedStages() {
        List<String> ids = new ArrayList<>();
        for (var node : stages.getChildren()) {
            CheckBox box = (CheckBox) node;
            if (box.isSelected()) {
                ids.add((String) box.getUserData());
            }
        }
        return ids;
    }

    /** An empty date means the touchpoint is active from the plan's start, or until its end. */
    private void activityChanged() {
        if (showing) {
            return;
        }
        LocalDate from = activeFrom.getValue();
        LocalDate to = activeTo.getValue();
        boolean valid = from == null || to == null || !to.isBefore(from);
        activeTo.pseudoClassStateChanged(INVALID, !valid);
        if (valid) {
            update(t -> t.withActiveRange(from, to));
        }
    }

    private CommitTextField budgetField() {
        return budget;
    }

    @Override
    protected void show(Touchpoint t) {
        showing = true;
        label.show(t.label());
        type.setValue(t.type());
        showBudget(t);
        split.setValue(t.split());
        notes.show(t.notes());
        for (var node : stages.getChildren()) {
            ((CheckBox) node).setSelected(t.stages().contains((String) node.getUserData()));
        }
        served.setText(servedCaptions(t.id(), true));
        activeFrom.setValue(t.activeFrom());
        activeTo.setValue(t.activeTo());
        activeTo.pseudoClassStateChanged(INVALID, false);
        showing = false;
    }

    /**
     * A touchpoint planned by actions costs their budgets in the active scenario (see ScenarioBudgets): the
     * field shows that figure, read-only, and says where it comes from. Otherwise its own budget is edited.
     */
    private void showBudget(Touchpoint t) {
        ScenarioBudgets budgets = editor.project().activeBudgets();
        int actions = budgets.actionCount(t.id());
        boolean fromActions = actions > 0;
        budget.setEditable(!fromActions);
        budget.show(Decimals.format(fromActions ? budgets.of(t.id()) : t.budget(), messages.locale()));
        if (fromActions) {
            budget.markInvalid(false);
            String scenario = editor.project().scenarios().stream()
                    .filter(s -> s.id().equals(budgets.scenarioId())).findFirst()
                    .map(s -> s.name()).orElse(budgets.scenarioId());
            budgetSource.setText(messages.get("scenarios.inspector.fromActions", actions, scenario));
        } else {
            budgetSource.setText(messages.get("scenarios.inspector.standing"));
        }
    }

    private final class TypeCell extends ListCell<TouchpointType> {
        @Override
        protected void updateItem(TouchpointType item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get("type." + item.id()));
        }
    }
}
