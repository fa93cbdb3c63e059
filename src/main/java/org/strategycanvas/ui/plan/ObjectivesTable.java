package org.strategycanvas.ui.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Progress;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.format.Decimals;
import org.strategycanvas.ui.format.ProgressTexts;

/**
 * The objectives as a list: title, how far each is on the way to its target and whether it is on track,
 * the latest recorded value, KPI, baseline, target, deadline and how many touchpoints serve it.
 * Picking a row selects the objective and brings it into view on the canvas; it is edited in the inspector.
 */
final class ObjectivesTable extends TableView<Objective> {

    private final Messages messages;
    private final Editor editor;
    private final DateTimeFormatter date;
    private final ProgressTexts texts;
    private boolean syncing;

    ObjectivesTable(Messages messages, Editor editor, Consumer<String> reveal) {
        this.messages = messages;
        this.editor = editor;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.texts = new ProgressTexts(messages);
        setId("objectives-table");
        // Each column keeps the width its content needs; a narrow panel scrolls rather than cutting every cell.
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label(messages.get("plan.objectives.none")));
        getColumns().addAll(List.of(
                column("plan.objectives.title", Objective::title, 220),
                column("plan.objectives.status", o -> texts.summary(progress(editor.project(), o)), 200),
                column("feedback.objectives.latest", this::latest, 230),
                column("plan.objectives.kpi", o -> join(o.kpiMetric(), o.unit()), 180),
                column("plan.objectives.baseline", o -> number(o.baseline()), 130),
                column("plan.objectives.target", o -> number(o.target()), 90),
                column("plan.objectives.deadline", o -> o.deadline() == null ? "" : date.format(o.deadline()), 110),
                column("plan.objectives.servedBy", o -> Long.toString(servedBy(editor.project(), o)), 90)));
        getSelectionModel().selectedItemProperty().addListener((obs, old, objective) -> {
            if (!syncing && objective != null) {
                syncing = true;
                editor.selection().select(objective.id());
                reveal.accept(objective.id());
                syncing = false;
            }
        });
        editor.projectProperty().addListener((obs, old, project) -> show(project));
        editor.selection().ids().addListener((SetChangeListener<String>) change -> followSelection());
        show(editor.project());
    }

    private TableColumn<Objective, String> column(String key, Function<Objective, String> text, double width) {
        TableColumn<Objective, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void show(Project project) {
        syncing = true;
        getItems().setAll(project.objectives());
        syncing = false;
        followSelection();
    }

    /** The row of the objective selected on the canvas, if one is. */
    private void followSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        var ids = editor.selection().ids();
        getItems().stream().filter(o -> ids.size() == 1 && ids.contains(o.id())).findFirst()
                .ifPresentOrElse(o -> getSelectionModel().select(o), () -> getSelectionModel().clearSelection());
        syncing = false;
    }

    private String number(BigDecimal value) {
        return Decimals.format(value, messages.locale());
    }

    private static String join(String metric, String unit) {
        return unit.isBlank() ? metric : metric + " (" + unit + ")";
    }

    /** "75 orders (30 Apr 2026)": the latest value measured up to today, or nothing. */
    private String latest(Objective objective) {
        return progress(editor.project(), objective).latest()
                .map(a -> messages.get("feedback.objectives.latestValue", texts.value(a.value(), objective.unit()),
                        texts.date(a.date())))
                .orElse("");
    }

    /** The latest actual up to today, how far it is on the way, and whether it is on track. */
    static Progress progress(Project project, Objective objective) {
        return Progress.of(objective, project.info().planStart(), project.actuals(), LocalDate.now());
    }

    static long servedBy(Project project, Objective objective) {
        return project.links().stream()
                .filter(l -> l.kind() == LinkKind.SERVES && l.to().equals(objective.id())).count();
    }
}
