package org.strategycanvas.ui.inspector;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.strategycanvas.command.EditPlan;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Actual;
import org.strategycanvas.model.plan.Measures;
import org.strategycanvas.model.plan.Plan;
import org.strategycanvas.model.plan.Progress;
import org.strategycanvas.model.plan.Trajectory;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.format.Decimals;
import org.strategycanvas.ui.format.ProgressTexts;

/**
 * The feedback loop of one objective in its inspector: how far it has come and whether it is on track,
 * its measured values (newest first, each removable) and a line to record a new one. Each record or
 * removal is one plan edit, so one undo step.
 */
final class MeasuresSection extends VBox {

    private static final String OFF_TRACK = "off-track";

    private final Messages messages;
    private final Editor editor;
    private final String objectiveId;
    private final ProgressTexts texts;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label progress = new Label();
    private final Label expected = new Label();
    private final Label status = new Label();
    private final VBox values = new VBox(2);
    private final DatePicker date = new DatePicker(LocalDate.now());
    private final TextField value = new TextField();
    private final Label unit = new Label();
    private final Label problem = new Label();

    MeasuresSection(Messages messages, Editor editor, String objectiveId) {
        super(6);
        this.messages = messages;
        this.editor = editor;
        this.objectiveId = objectiveId;
        this.texts = new ProgressTexts(messages);
        getStyleClass().add("measures");
        setId("measures");
        Label title = new Label(messages.get("feedback.measures.title"));
        title.getStyleClass().add("inspector-section");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("measures-progress-bar");
        for (Label line : List.of(progress, expected, status, problem)) {
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
        }
        progress.setId("measures-progress");
        expected.setId("measures-expected");
        expected.getStyleClass().add("inspector-note");
        status.setId("measures-status");
        status.getStyleClass().add("measures-status");
        problem.setId("measures-problem");
        problem.getStyleClass().add("measures-problem");
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        values.setId("measures-values");
        getChildren().addAll(title, bar, progress, expected, status, values, entry(), problem);
    }

    /** The date, the value and its unit, and the button that records them. */
    private VBox entry() {
        date.setId("measures-date");
        date.setMaxWidth(Double.MAX_VALUE);
        date.setAccessibleText(messages.get("feedback.measures.date"));
        value.setId("measures-value");
        value.setPromptText(messages.get("feedback.measures.value"));
        value.setAccessibleText(messages.get("feedback.measures.value"));
        value.setPrefColumnCount(6);
        value.setOnAction(e -> record());
        HBox.setHgrow(value, Priority.ALWAYS);
        unit.setMinWidth(Region.USE_PREF_SIZE);
        HBox amount = new HBox(6, value, unit);
        amount.setAlignment(Pos.CENTER_LEFT);
        Button record = new Button(messages.get("feedback.measures.record"));
        record.setId("measures-record");
        record.setOnAction(e -> record());
        record.setDefaultButton(false);
        HBox line = new HBox(6, amount, record);
        HBox.setHgrow(amount, Priority.ALWAYS);
        line.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label(messages.get("feedback.measures.new"));
        heading.getStyleClass().add("inspector-note");
        VBox entry = new VBox(4, heading, date, line);
        entry.getStyleClass().add("measures-entry");
        return entry;
    }

    void show(Project project, Objective objective) {
        Progress p = Progress.of(objective, project.info().planStart(), project.actuals(), LocalDate.now());
        boolean measurable = p.percent().isPresent();
        bar.setProgress(p.percent().map(v -> Math.max(0, Math.min(1, v.doubleValue() / 100))).orElse(0.0));
        bar.setDisable(!measurable);
        bar.getStyleClass().remove(OFF_TRACK);
        status.getStyleClass().remove(OFF_TRACK);
        if (p.status() == Trajectory.Status.OFF_TRACK) {
            bar.getStyleClass().add(OFF_TRACK);
            status.getStyleClass().add(OFF_TRACK);
        }
        progress.setText(measurable || p.latest().isEmpty() ? texts.progressSentence(p)
                : messages.get("feedback.progress.unmeasurable"));
        progress.setVisible(!progress.getText().isEmpty());
        progress.setManaged(progress.isVisible());
        expected.setText(texts.expectedTodaySentence(p, objective));
        expected.setVisible(!expected.getText().isEmpty());
        expected.setManaged(expected.isVisible());
        status.setText(texts.statusSentence(p));
        unit.setText(objective.unit());
        showValues(Measures.newestFirst(project.actuals(), objectiveId), objective.unit());
    }

    private void showValues(List<Actual> actuals, String unitText) {
        values.getChildren().clear();
        if (actuals.isEmpty()) {
            Label none = new Label(messages.get("feedback.measures.none"));
            none.setWrapText(true);
            none.getStyleClass().add("inspector-note");
            values.getChildren().add(none);
            return;
        }
        for (Actual actual : actuals) {
            Label day = new Label(texts.date(actual.date()));
            day.setMinWidth(Region.USE_PREF_SIZE);
            Label amount = new Label(texts.value(actual.value(), unitText));
            amount.getStyleClass().add("measures-amount");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("mdi2c-close"));
            remove.getStyleClass().addAll("flat", "measures-remove");
            String what = messages.get("feedback.measures.remove", texts.date(actual.date()));
            remove.setAccessibleText(what);
            remove.setTooltip(new Tooltip(what));
            remove.setOnAction(e -> change(Measures.remove(editor.project().actuals(), actual),
                    "command.removeActual"));
            HBox row = new HBox(8, day, amount, spacer, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("measures-row");
            values.getChildren().add(row);
        }
    }

    /** Records the value typed on the date picked, or says in a sentence why it cannot. */
    private void record() {
        Optional<LocalDate> day = pickedDate();
        String typed = value.getText();
        Optional<BigDecimal> number = Decimals.parse(typed, messages.locale());
        String trouble = null;
        if (day.isEmpty()) {
            trouble = messages.get("feedback.measures.noDate");
        } else if (day.get().isAfter(LocalDate.now())) {
            trouble = messages.get("feedback.measures.future");
        } else if (typed.isBlank()) {
            trouble = messages.get("feedback.measures.noValue");
        } else if (number.isEmpty()) {
            trouble = messages.get("feedback.measures.notANumber", typed.strip());
        }
        problem.setText(trouble == null ? "" : trouble);
        problem.setVisible(trouble != null);
        value.getStyleClass().remove("invalid");
        if (trouble != null) {
            if (day.isPresent() && !day.get().isAfter(LocalDate.now())) {
                value.getStyleClass().add("invalid");
            }
            return;
        }
        Actual actual = new Actual(objectiveId, day.get(), number.get());
        value.clear();
        change(Measures.record(editor.project().actuals(), actual), "command.recordActual");
    }

    /** The date in the picker, including text typed but not yet committed; empty if none or unreadable. */
    private Optional<LocalDate> pickedDate() {
        String text = date.getEditor().getText();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate typed = date.getConverter().fromString(text);
            if (typed != null) {
                date.setValue(typed);
            }
            return Optional.ofNullable(typed);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void change(List<Actual> actuals, String descriptionKey) {
        Plan before = editor.project().plan();
        Plan after = before.withActuals(actuals);
        if (!after.equals(before)) {
            editor.execute(new EditPlan(before, after, descriptionKey));
        }
    }
}
