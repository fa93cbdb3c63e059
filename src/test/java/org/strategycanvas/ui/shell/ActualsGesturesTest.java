package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.plan.Actual;
import org.strategycanvas.ui.canvas.CanvasView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The feedback loop in the real window: recording measured values in an objective's inspector (one undo
 * step each, a bad number refused in words), and saving a version of the plan to compare it with later.
 */
@ExtendWith(ApplicationExtension.class)
class ActualsGesturesTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH);

    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-actuals");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.ENGLISH);
        stage.setWidth(1400);
        stage.setHeight(900);
        window.show();
    }

    private Project project() {
        return window.session().editor().project();
    }

    private CanvasView canvas() {
        return window.window().canvas();
    }

    /**
     * One objective, "Online orders", from 100 to 200 orders; the plan started 50 days ago and the deadline
     * is in 50 days, so the line expects 100 + 100 * 40/100 = 140 ten days ago and 150 today.
     */
    private void openPlan(FxRobot robot) {
        Objective orders = new Objective("ob-1", "Online orders", "Orders", "orders", new BigDecimal("100"),
                new BigDecimal("200"), TODAY.plusDays(50), new Bounds(40, 40, 200, 96));
        Project plan = new Project(new ProjectInfo("Shop", "", "", "en", "EUR", TODAY.minusDays(50)), List.of(),
                List.of(orders), List.of(), List.of(), List.of());
        robot.interact(() -> {
            window.session().editor().reset(plan);
            canvas().resetZoom();
        });
    }

    private void selectTheObjective(FxRobot robot) {
        robot.clickOn(CanvasScreenPoints.of(canvas(), 140, 88), MouseButton.PRIMARY);
        assertEquals(java.util.Set.of("ob-1"), window.session().editor().selection().snapshot());
    }

    private void scrollInspector(FxRobot robot, double where) {
        ScrollPane inspector = robot.lookup("#inspector").queryAs(ScrollPane.class);
        robot.interact(() -> {
            inspector.layout();
            inspector.setVvalue(where);
        });
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    /** Types a date into the picker as a person would, then a value, and presses Record. */
    private void record(FxRobot robot, LocalDate day, String value) {
        scrollInspector(robot, 1);
        DatePicker picker = robot.lookup("#measures-date").queryAs(DatePicker.class);
        robot.doubleClickOn(picker.getEditor()).push(KeyCode.CONTROL, KeyCode.A)
                .write(picker.getConverter().toString(day));
        robot.doubleClickOn("#measures-value").push(KeyCode.CONTROL, KeyCode.A).write(value);
        robot.clickOn("#measures-record");
    }

    private void undo(FxRobot robot) {
        robot.interact(() -> canvas().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
    }

    @Test
    void recordingAValueAddsItInOneUndoStepAndUpdatesTheStatus(FxRobot robot) {
        openPlan(robot);
        selectTheObjective(robot);
        assertTrue(text(robot, "#measures-status").startsWith("No data yet"), text(robot, "#measures-status"));

        record(robot, TODAY.minusDays(10), "145");
        assertEquals(List.of(new Actual("ob-1", TODAY.minusDays(10), new BigDecimal("145"))), project().actuals());
        assertTrue(text(robot, "#measures-status").startsWith("On track"), "145 is above the 140 expected then");
        // (145 - 100) / (200 - 100) = 45 % of the way; the line was at 40 % ten days ago, is at 50 % today.
        assertEquals("45% of the way on " + MEDIUM.format(TODAY.minusDays(10)) + " (40% expected by then).",
                text(robot, "#measures-progress"));
        assertEquals("Expected today: 50% of the way (150\u00a0orders).", text(robot, "#measures-expected"));
        assertEquals(1, valueRows(robot).size());
        assertEquals(MEDIUM.format(TODAY.minusDays(10)) + "|145\u00a0orders", valueRows(robot).get(0));

        undo(robot);
        assertEquals(List.of(), project().actuals(), "one undo takes the value away");
        assertTrue(text(robot, "#measures-status").startsWith("No data yet"));

        record(robot, TODAY, "12abc");
        assertEquals(List.of(), project().actuals(), "a bad number records nothing");
        assertEquals("\u201c12abc\u201d is not a number: type a value such as 12.5.", text(robot, "#measures-problem"));
        assertTrue(robot.lookup("#measures-problem").query().isVisible());

        record(robot, TODAY, "120");
        assertEquals(List.of(new Actual("ob-1", TODAY, new BigDecimal("120"))), project().actuals());
        assertFalse(robot.lookup("#measures-problem").query().isVisible(), "the sentence goes once it is fixed");
        assertTrue(text(robot, "#measures-status").startsWith("Off track"), "120 is below the 150 expected today");
        robot.clickOn("#tab-objectives .tab-label");
        List<String> cells = robot.lookup("#objectives-table .table-row-cell .table-cell").queryAll().stream()
                .map(c -> ((javafx.scene.control.Labeled) c).getText()).collect(Collectors.toList());
        assertTrue(cells.contains("20% \u00b7 Off track"), cells.toString());
        assertTrue(cells.contains("120\u00a0orders (" + MEDIUM.format(TODAY) + ")"), "the latest value, " + cells);
    }

    @Test
    void aRecordedValueCanBeRemovedAndTheUndoPutsItBack(FxRobot robot) {
        openPlan(robot);
        selectTheObjective(robot);
        record(robot, TODAY.minusDays(10), "145");
        record(robot, TODAY.minusDays(3), "150");
        assertEquals(2, valueRows(robot).size());
        assertTrue(valueRows(robot).get(0).startsWith(MEDIUM.format(TODAY.minusDays(3))), "newest first");
        scrollInspector(robot, 1);
        robot.clickOn(robot.lookup(".measures-remove").queryAll().iterator().next());
        assertEquals(List.of(new Actual("ob-1", TODAY.minusDays(10), new BigDecimal("145"))), project().actuals());
        undo(robot);
        assertEquals(2, project().actuals().size());
    }

    /** Each recorded value as "date|value". */
    private List<String> valueRows(FxRobot robot) {
        VBox values = robot.lookup("#measures-values").queryAs(VBox.class);
        return values.getChildren().stream().filter(n -> n.getStyleClass().contains("measures-row"))
                .map(row -> ((javafx.scene.layout.HBox) row).getChildren().stream()
                        .filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                        .collect(Collectors.joining("|")))
                .collect(Collectors.toList());
    }

    @Test
    void aSavedVersionShowsNoDifferenceThenTheChangedTarget(FxRobot robot) {
        openPlan(robot);
        Platform.runLater(() -> window.window().saveVersion());
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#version-name").queryAs(TextField.class);
        assertEquals("Version of " + MEDIUM.format(TODAY), name.getText());
        robot.doubleClickOn(name).push(KeyCode.CONTROL, KeyCode.A).write("Before the change");
        robot.clickOn(robot.lookup(".prompt .button").lookup((Button b) -> "OK".equals(b.getText()))
                .queryButton());
        assertEquals(1, project().versions().size());
        assertEquals("Before the change", project().versions().get(0).name());
        assertEquals(TODAY, project().versions().get(0).saved());
        assertEquals(List.of("What changed since \u201cBefore the change\u201d (" + MEDIUM.format(TODAY) + ")",
                "No difference: the touchpoints, budgets and targets are as they were in this version."),
                differences(robot));

        selectTheObjective(robot);
        scrollInspector(robot, 0);
        TextField target = (TextField) robot.lookup("#inspector .label").queryAllAs(Label.class).stream()
                .filter(l -> "Target".equals(l.getText())).findFirst().orElseThrow().getLabelFor();
        robot.doubleClickOn(target).push(KeyCode.CONTROL, KeyCode.A).write("180").push(KeyCode.ENTER);
        assertEquals(0, new BigDecimal("180").compareTo(project().objectives().get(0).target()));
        List<String> lines = differences(robot);
        assertEquals(List.of("Target changed", "\u2022 \u201cOnline orders\u201d: 200 \u2192 180\u00a0orders"),
                lines.subList(1, lines.size()));

        undo(robot);
        assertEquals("No difference: the touchpoints, budgets and targets are as they were in this version.",
                differences(robot).get(1));
        robot.clickOn("#versions-delete");
        assertEquals(List.of(), project().versions());
        undo(robot);
        assertEquals(1, project().versions().size(), "deleting a version is undone like any edit");
    }

    private List<String> differences(FxRobot robot) {
        VBox box = robot.lookup("#versions-differences").queryAs(VBox.class);
        return box.getChildren().stream().map(n -> ((Label) n).getText()).collect(Collectors.toList());
    }
}
