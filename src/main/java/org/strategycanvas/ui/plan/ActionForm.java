package org.strategycanvas.ui.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Scenario;
import org.strategycanvas.render.TimelineGeometry;
import org.strategycanvas.ui.format.Decimals;
import org.strategycanvas.ui.inspector.CommitTextField;

/**
 * The selected action's details beside the timeline. Each field changes the plan when the person is done
 * with it (Enter, leaving the field, or picking a value), one undo step each. The start is picked as a date
 * and kept as the plan week it falls in; the field then shows that week's Monday.
 */
final class ActionForm extends VBox {

    /** The combo-box entry that means "no touchpoint" or "no objective". */
    private static final String NONE = "";
    private static final int MAX_WEEKS = 520;

    private final Messages messages;
    private final ActionEdits edits;
    private final Label heading = new Label();
    private final Label span = new Label();
    private final DateTimeFormatter dates;
    private final GridPane grid = new GridPane();
    private final CommitTextField title;
    private final ComboBox<String> touchpoint = new ComboBox<>();
    private final ComboBox<String> objective = new ComboBox<>();
    private final DatePicker start = new DatePicker();
    private final Spinner<Integer> duration = new Spinner<>();
    private final CommitTextField owner;
    private final CheckBox milestone;
    private final GridPane budgets = new GridPane();
    private final Label budgetProblem = new Label();
    private final Map<String, CommitTextField> budgetFields = new LinkedHashMap<>();
    private List<Scenario> budgetScenarios = List.of();
    private Project project;
    private Action action;
    private boolean showing;

    ActionForm(Messages messages, ActionEdits edits) {
        super(8);
        this.messages = messages;
        this.edits = edits;
        setId("action-form");
        heading.getStyleClass().add("panel-title");
        heading.setWrapText(true);
        span.setId("action-span");
        span.setWrapText(true);
        span.getStyleClass().add("inspector-note");
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        title = new CommitTextField(text -> change(a -> ActionEdits.titled(a, text.strip())));
        title.setId("action-title");
        owner = new CommitTextField(text -> change(a -> ActionEdits.ownedBy(a, text.strip())));
        owner.setId("action-owner");
        owner.setPromptText(messages.get("timeline.form.ownerPrompt"));
        choice(touchpoint, "action-touchpoint", id -> project.element(id).map(this::name).orElse(id),
                "timeline.form.noTouchpoint", id -> change(a -> a.withTouchpoint(id)));
        choice(objective, "action-objective", id -> project.element(id).map(this::name).orElse(id),
                "timeline.form.noObjective", id -> change(a -> a.withObjective(id)));
        start.setId("action-start");
        start.setMaxWidth(Double.MAX_VALUE);
        start.valueProperty().addListener((obs, old, date) -> startPicked(date));
        duration.setId("action-duration");
        duration.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_WEEKS, 1));
        duration.setEditable(true);
        duration.setMaxWidth(Double.MAX_VALUE);
        duration.valueProperty().addListener((obs, old, weeks) -> {
            if (!showing && weeks != null) {
                change(a -> ActionEdits.spanning(a, a.startWeek(), weeks));
            }
        });
        duration.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitDuration();
            }
        });
        milestone = new CheckBox(messages.get("timeline.form.milestone"));
        milestone.setId("action-milestone");
        milestone.selectedProperty().addListener((obs, was, is) -> {
            if (!showing) {
                change(a -> ActionEdits.milestone(a, is));
            }
        });
        budgetProblem.setId("action-budget-problem");
        budgetProblem.setWrapText(true);
        budgetProblem.getStyleClass().add("inspector-note");
        budgetProblem.setVisible(false);
        budgetProblem.setManaged(false);
        layOut();
        show(null, null);
    }

    private void layOut() {
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        budgets.getColumnConstraints().addAll(labels, controls);
        for (GridPane g : List.of(grid, budgets)) {
            g.setHgap(8);
            g.setVgap(6);
        }
        row(0, "timeline.form.title", title);
        row(1, "timeline.form.touchpoint", touchpoint);
        row(2, "timeline.form.objective", objective);
        row(3, "timeline.form.start", start);
        row(4, "timeline.form.duration", duration);
        row(5, "timeline.form.owner", owner);
        grid.add(milestone, 1, 6);
        Label budgetTitle = new Label();
        budgetTitle.setId("action-budget-title");
        budgetTitle.getStyleClass().add("panel-title");
        getChildren().addAll(heading, span, grid, budgetTitle, budgets, budgetProblem);
    }

    private void row(int index, String labelKey, Node control) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, 0, index);
        grid.add(control, 1, index);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }

    /** A combo box of ids with "none" first, showing names. */
    private void choice(ComboBox<String> box, String id, Function<String, String> name, String noneKey,
                        java.util.function.Consumer<String> onPick) {
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        Function<String, String> text = value -> NONE.equals(value) ? messages.get(noneKey) : name.apply(value);
        box.setCellFactory(list -> new NameCell(text));
        box.setButtonCell(new NameCell(text));
        box.valueProperty().addListener((obs, old, value) -> {
            if (!showing && value != null) {
                onPick.accept(NONE.equals(value) ? null : value);
            }
        });
    }

    /** A card's caption; a touchpoint without one is called by its type. */
    private String name(Element e) {
        if (!e.caption().isBlank()) {
            return e.caption();
        }
        return e instanceof Touchpoint ? messages.get("type." + ((Touchpoint) e).type().id())
                : messages.get("timeline.untitled");
    }

    /** Shows an action of this project, or a hint when none (or several) is selected. */
    void show(Project newProject, Action newAction) {
        project = newProject;
        action = newAction;
        showing = true;
        grid.setDisable(action == null);
        budgets.setDisable(action == null);
        if (project != null) {
            fillChoices();
            rebuildBudgets();
            ((Label) lookup("#action-budget-title")).setText(
                    messages.get("timeline.form.budgets", project.info().currency()));
        }
        if (action == null) {
            heading.setText("");
            span.setText("");
            title.show("");
            owner.show("");
            touchpoint.setValue(null);
            objective.setValue(null);
            start.setValue(null);
            milestone.setSelected(false);
            budgetFields.values().forEach(f -> f.show(""));
        } else {
            heading.setText(messages.get("timeline.form.heading"));
            LocalDate first = project.info().planStart().plusWeeks(action.startWeek());
            span.setText(messages.get("timeline.form.span", dates.format(first),
                    dates.format(first.plusWeeks(action.durationWeeks()).minusDays(1))));
            title.show(action.title());
            owner.show(action.owner());
            touchpoint.setValue(action.touchpointId() == null ? NONE : action.touchpointId());
            objective.setValue(action.objectiveId() == null ? NONE : action.objectiveId());
            start.setValue(TimelineGeometry.mondayOf(project.info().planStart(), action.startWeek()));
            duration.getValueFactory().setValue(action.durationWeeks());
            milestone.setSelected(action.milestone());
            budgetFields.forEach((scenario, field) -> {
                BigDecimal amount = action.budgets().get(scenario);
                field.show(amount == null ? "" : Decimals.format(amount, messages.locale()));
            });
        }
        showing = false;
    }

    /** Puts the cursor in the title, its text selected, to name a new action at once. */
    void editTitle() {
        title.requestFocus();
        title.selectAll();
    }

    private void fillChoices() {
        List<String> touchpoints = new ArrayList<>(List.of(NONE));
        project.touchpoints().forEach(t -> touchpoints.add(t.id()));
        if (!touchpoint.getItems().equals(touchpoints)) {
            touchpoint.getItems().setAll(touchpoints);
        }
        List<String> objectives = new ArrayList<>(List.of(NONE));
        project.objectives().forEach(o -> objectives.add(o.id()));
        if (!objective.getItems().equals(objectives)) {
            objective.getItems().setAll(objectives);
        }
    }

    /** One amount field per scenario, named after it; rebuilt when the scenarios change. */
    private void rebuildBudgets() {
        if (project.scenarios().equals(budgetScenarios)) {
            return;
        }
        budgetScenarios = project.scenarios();
        budgets.getChildren().clear();
        budgetFields.clear();
        int row = 0;
        for (Scenario scenario : budgetScenarios) {
            CommitTextField[] self = new CommitTextField[1];
            self[0] = new CommitTextField(text -> budgetTyped(scenario.id(), self[0], text));
            self[0].setId("action-budget-" + scenario.id());
            self[0].setPromptText(messages.get("timeline.form.noBudget"));
            Label label = new Label(scenario.name());
            label.setLabelFor(self[0]);
            label.setMinWidth(Label.USE_PREF_SIZE);
            budgets.add(label, 0, row);
            budgets.add(self[0], 1, row++);
            GridPane.setHgrow(self[0], Priority.ALWAYS);
            budgetFields.put(scenario.id(), self[0]);
        }
    }

    /** A blank amount removes the budget; anything but an amount of zero or more is refused with a word why. */
    private void budgetTyped(String scenario, CommitTextField field, String text) {
        if (action == null) {
            return;
        }
        BigDecimal amount = text.isBlank() ? null : Decimals.parse(text, messages.locale()).orElse(null);
        boolean valid = text.isBlank() || (amount != null && amount.signum() >= 0 && amount.scale() <= 2);
        field.markInvalid(!valid);
        budgetProblem.setText(valid ? "" : messages.get("timeline.form.badBudget"));
        budgetProblem.setVisible(!valid);
        budgetProblem.setManaged(!valid);
        if (valid) {
            Map<String, BigDecimal> next = new TreeMap<>(action.budgets());
            if (amount == null) {
                next.remove(scenario);
            } else {
                next.put(scenario, amount);
            }
            change(a -> a.withBudgets(next));
        }
    }

    private void startPicked(LocalDate date) {
        if (showing || date == null || action == null) {
            return;
        }
        LocalDate planStart = project.info().planStart();
        int week = Math.max(0, TimelineGeometry.weekOf(planStart, date));
        Action before = action;
        change(a -> ActionEdits.spanning(a, week, a.durationWeeks()));
        if (action == before) {
            showing = true;
            start.setValue(TimelineGeometry.mondayOf(planStart, action.startWeek()));
            showing = false;
        }
    }

    /** Takes the number typed in the duration box, or puts back the last one if it is not a number. */
    private void commitDuration() {
        try {
            duration.commitValue();
        } catch (NumberFormatException notANumber) {
            duration.cancelEdit();
        }
    }

    private void change(java.util.function.UnaryOperator<Action> edit) {
        if (action != null && !showing) {
            edits.replace(edit.apply(action));
        }
    }

    private final class NameCell extends ListCell<String> {
        private final Function<String, String> text;

        NameCell(Function<String, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }
}
