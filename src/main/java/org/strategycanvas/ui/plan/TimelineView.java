package org.strategycanvas.ui.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.render.TimelineGeometry.Scale;
import org.strategycanvas.ui.editor.Editor;

/**
 * The plan's actions on a calendar: a toolbar (add, delete, weeks or months, today), the Gantt chart and,
 * while one action is selected, its form beside it (hidden otherwise, to leave the chart the room). The
 * form lives here rather than in the inspector because picking an action selects its touchpoint on the
 * canvas, and the inspector then shows that touchpoint.
 *
 * <p>Picking actions here selects their touchpoints on the canvas; selecting touchpoints on the canvas
 * picks their actions here. A flag keeps each side from answering the other's echo.
 */
final class TimelineView extends BorderPane {

    private final Messages messages;
    private final Editor editor;
    private final Consumer<String> reveal;
    private final Supplier<LocalDate> today;
    private final ActionEdits edits;
    private final TimelineChart chart;
    private final ActionForm form;
    private final Button delete;
    private final ScrollPane formScroll;
    private boolean syncing;

    TimelineView(Messages messages, Editor editor, Consumer<String> reveal, Supplier<LocalDate> today) {
        this.messages = messages;
        this.editor = editor;
        this.reveal = reveal;
        this.today = today;
        this.edits = new ActionEdits(editor);
        chart = new TimelineChart(messages, edits, today);
        form = new ActionForm(messages, edits);
        delete = button("timeline-delete", "timeline.delete", "mdi2d-delete-outline",
                () -> edits.remove(chart.selected()));
        delete.setDisable(true);
        setTop(toolbar());
        formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formScroll.setMinWidth(290);
        formScroll.setPrefWidth(310);
        formScroll.managedProperty().bind(formScroll.visibleProperty());
        form.setPadding(new Insets(6, 10, 6, 6));
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox body = new HBox(8, chart, formScroll);
        body.setPadding(new Insets(0, 6, 6, 6));
        setCenter(body);
        chart.onUserSelect(this::pickedHere);
        editor.selection().ids().addListener((SetChangeListener<String>) change -> {
            if (!syncing) {
                followCanvas();
            }
        });
        editor.projectProperty().addListener((obs, old, project) -> refresh(project));
        refresh(editor.project());
    }

    private ToolBar toolbar() {
        ToggleGroup scales = new ToggleGroup();
        ToggleButton weeks = scaleToggle("timeline-weeks", "timeline.weeks", Scale.WEEK, scales);
        ToggleButton months = scaleToggle("timeline-months", "timeline.months", Scale.MONTH, scales);
        weeks.setSelected(true);
        scales.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                scales.selectToggle(old);
            } else {
                chart.setScale((Scale) now.getUserData());
            }
        });
        return new ToolBar(button("timeline-add", "timeline.add", "mdi2p-plus", this::addAction), delete,
                new Separator(Orientation.VERTICAL), weeks, months, new Separator(Orientation.VERTICAL),
                button("timeline-today", "timeline.today", "mdi2c-calendar-today", () -> chart.scrollTo(today.get())),
                new Separator(Orientation.VERTICAL), help());
    }

    /** How to use the chart, in a tooltip on a word in the toolbar rather than over the bars being dragged. */
    private Label help() {
        Label label = new Label(messages.get("timeline.helpLabel"));
        label.setId("timeline-help");
        label.getStyleClass().add("chart-legend");
        Tooltip tip = new Tooltip(messages.get("timeline.help"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(200));
        tip.setShowDuration(Duration.INDEFINITE);
        label.setTooltip(tip);
        return label;
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(messages.get("tooltip." + key)));
        button.setOnAction(e -> action.run());
        return button;
    }

    private ToggleButton scaleToggle(String id, String key, Scale scale, ToggleGroup group) {
        ToggleButton toggle = new ToggleButton(messages.get(key));
        toggle.setId(id);
        toggle.setTooltip(new Tooltip(messages.get("tooltip." + key)));
        toggle.setUserData(scale);
        toggle.setToggleGroup(group);
        return toggle;
    }

    /** A new action on the selected touchpoint (if exactly one is selected), selected at once. */
    private void addAction() {
        Set<String> onCanvas = editor.selection().snapshot();
        String touchpoint = onCanvas.size() == 1 ? editor.project().touchpoints().stream()
                .filter(t -> onCanvas.contains(t.id())).map(t -> t.id()).findFirst().orElse(null) : null;
        String id = edits.add(messages.get("timeline.newAction"), touchpoint, today.get());
        chart.select(List.of(id));
        showForm();
        form.editTitle();
    }

    private void refresh(Project project) {
        chart.show(project);
        showForm();
    }

    private void showForm() {
        List<Action> chosen = chart.selectedActions();
        form.show(editor.project(), chosen.size() == 1 ? chosen.get(0) : null);
        formScroll.setVisible(chosen.size() == 1);
        delete.setDisable(chosen.isEmpty());
    }

    /** The person picked actions here: their touchpoints become the canvas's selection. */
    private void pickedHere(Set<String> ids) {
        List<String> touchpoints = chart.selectedActions().stream().map(Action::touchpointId)
                .filter(id -> id != null && editor.project().element(id).isPresent()).distinct().toList();
        syncing = true;
        try {
            editor.selection().set(touchpoints);
        } finally {
            syncing = false;
        }
        if (!touchpoints.isEmpty()) {
            reveal.accept(touchpoints.get(0));
        }
        showForm();
    }

    /** The canvas's selection changed: its touchpoints' actions become the ones picked here. */
    private void followCanvas() {
        Set<String> onCanvas = editor.selection().snapshot();
        chart.select(editor.project().actions().stream()
                .filter(a -> a.touchpointId() != null && onCanvas.contains(a.touchpointId()))
                .map(Action::id).toList());
        showForm();
    }
}
