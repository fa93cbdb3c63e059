package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.render.TimelineGeometry;
import org.strategycanvas.render.TimelinePainter;
import org.strategycanvas.ui.editor.Editor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The timeline tab driven in the real window: dragging bars, keys, the action form, the canvas's selection. */
@ExtendWith(ApplicationExtension.class)
class TimelineGesturesTest {

    /** On the week scale a week is 7 × 12 = 84 px wide. */
    private static final double WEEK = TimelineGeometry.Scale.WEEK.pixelsPerWeek();
    /** Three weeks before this week's Monday or so: today is always in week 3 of the plan. */
    private static final LocalDate START = LocalDate.now().minusWeeks(3)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-timeline");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.ENGLISH);
        stage.setWidth(1400);
        stage.setHeight(950);
        window.show();
    }

    private Editor editor() {
        return window.session().editor();
    }

    private Project project() {
        return editor().project();
    }

    private Action action(String id) {
        return project().actions().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * A site and a newsletter; row 0: "Redo the site" on the site, weeks 1–2; row 1: "First letter" on the
     * newsletter, week 3; row 2: a milestone on no touchpoint, week 0. The timeline tab open, and tall.
     */
    private void plan(FxRobot robot) {
        Project p = new Project(new ProjectInfo("Bakery", "", "", "en", "EUR", START),
                List.of(Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 40, 40),
                        Touchpoint.create("tp-2", TouchpointType.NEWSLETTER, "Letter", 300, 40)),
                List.of(), List.of(), List.of(), List.of())
                .withActions(List.of(
                        new Action("ac-3", "Redo the site", "tp-1", null, 1, 2, "Ann", Map.of(), false),
                        new Action("ac-4", "First letter", "tp-2", null, 3, 1, "", Map.of(), false),
                        new Action("ac-5", "Opening", null, null, 0, 1, "", Map.of(), true)));
        robot.interact(() -> {
            editor().reset(p);
            // the person pulls the plan panel up, to see the whole action form
            robot.lookup(".split-pane").queryAllAs(SplitPane.class).stream()
                    .filter(pane -> pane.getOrientation() == Orientation.VERTICAL)
                    .forEach(pane -> pane.setDividerPositions(0.25));
        });
        robot.clickOn("#tab-timeline .tab-label");
    }

    /** A point of the timeline (in its own units, not scrolled) on the screen. */
    private Point2D onScreen(FxRobot robot, double x, double y) {
        Node chart = robot.lookup("#timeline-chart").query();
        return chart.localToScreen(x, y);
    }

    /** The x where plan week {@code week} starts, and the middle of row {@code row}. */
    private static double weekX(double week) {
        return TimelinePainter.LAYOUT.labelWidth() + TimelineGeometry.LEAD + week * WEEK;
    }

    private static double rowY(int row) {
        return TimelinePainter.LAYOUT.headerHeight() + (row + 0.5) * TimelinePainter.LAYOUT.rowHeight();
    }

    @Test
    void draggingABarMovesItByWholeWeeksInOneUndoStep(FxRobot robot) {
        plan(robot);
        // the bar of row 0 runs from week 1 to week 3; grab it 20 px in and drop it 2 weeks (and a bit) on
        Point2D from = onScreen(robot, weekX(1) + 20, rowY(0));
        robot.drag(from, MouseButton.PRIMARY).moveBy(60, 0).moveBy(60, 0).moveBy(2 * WEEK - 120 + 30, 0)
                .release(MouseButton.PRIMARY);
        assertEquals(3, action("ac-3").startWeek(), "168 + 30 px = 2.36 weeks: 2 weeks on");
        assertEquals(2, action("ac-3").durationWeeks());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(1, action("ac-3").startWeek());
        assertFalse(editor().canUndoProperty().get(), "the whole drag was one step");
    }

    @Test
    void aClickWithoutMovingChangesNothing(FxRobot robot) {
        plan(robot);
        robot.clickOn(onScreen(robot, weekX(1) + 20, rowY(0)), MouseButton.PRIMARY);
        assertFalse(editor().canUndoProperty().get());
        assertEquals(Set.of("tp-1"), editor().selection().snapshot());
    }

    @Test
    void draggingTheRightEndChangesTheLength(FxRobot robot) {
        plan(robot);
        // the bar of row 0 ends where week 3 starts; its grip reaches 5 px inside
        robot.drag(onScreen(robot, weekX(3) - 2, rowY(0)), MouseButton.PRIMARY).moveBy(-WEEK, 0)
                .moveBy(-4 * WEEK, 0).release(MouseButton.PRIMARY);
        assertEquals(1, action("ac-3").durationWeeks(), "one week at least");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(2, action("ac-3").durationWeeks());
        robot.drag(onScreen(robot, weekX(3) - 2, rowY(0)), MouseButton.PRIMARY).moveBy(WEEK, 0).moveBy(WEEK - 30, 0)
                .release(MouseButton.PRIMARY);
        assertEquals(4, action("ac-3").durationWeeks(), "138 px: 1.64 weeks, so 2 more");
        assertEquals(1, action("ac-3").startWeek(), "it did not move");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(2, action("ac-3").durationWeeks());
        assertFalse(editor().canUndoProperty().get(), "one step per drag");
    }

    @Test
    void theKeysMoveResizeAndDeleteTheSelectedAction(FxRobot robot) {
        plan(robot);
        robot.clickOn(onScreen(robot, weekX(1) + 20, rowY(0)), MouseButton.PRIMARY);
        robot.push(KeyCode.RIGHT);
        assertEquals(2, action("ac-3").startWeek());
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals(3, action("ac-3").durationWeeks());
        robot.push(KeyCode.SHIFT, KeyCode.LEFT).push(KeyCode.SHIFT, KeyCode.LEFT).push(KeyCode.SHIFT, KeyCode.LEFT);
        assertEquals(1, action("ac-3").durationWeeks(), "one week at least");
        robot.push(KeyCode.DELETE);
        assertEquals(List.of("ac-4", "ac-5"), project().actions().stream().map(Action::id).toList());
        assertEquals(2, project().touchpoints().size(), "the action goes, not its touchpoint");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(1, action("ac-3").durationWeeks());
        // two shortenings (the third changed nothing), one lengthening, one move
        for (int i = 0; i < 4; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
        }
        assertEquals(new Action("ac-3", "Redo the site", "tp-1", null, 1, 2, "Ann", Map.of(), false), action("ac-3"));
        assertFalse(editor().canUndoProperty().get(), "one step per key that changed something");
    }

    @Test
    void pickingAnActionSelectsItsTouchpointAndTheOtherWayRound(FxRobot robot) {
        plan(robot);
        robot.clickOn(onScreen(robot, weekX(3) + 20, rowY(1)), MouseButton.PRIMARY);
        assertEquals(Set.of("tp-2"), editor().selection().snapshot());
        TextField title = robot.lookup("#action-title").queryAs(TextField.class);
        assertEquals("First letter", title.getText());
        robot.interact(() -> editor().selection().select("tp-1"));
        assertEquals("Redo the site", title.getText(), "the canvas's touchpoint picks its action");
        assertEquals(Set.of("tp-1"), editor().selection().snapshot(), "and the canvas keeps its selection");
        robot.clickOn(onScreen(robot, weekX(0), rowY(2)), MouseButton.PRIMARY);
        assertEquals("Opening", title.getText());
        assertTrue(editor().selection().isEmpty(), "an action on no touchpoint selects nothing on the canvas");
    }

    @Test
    void theFormSetsABudgetPerScenarioAndRefusesANegativeOne(FxRobot robot) {
        plan(robot);
        robot.clickOn(onScreen(robot, weekX(1) + 20, rowY(0)), MouseButton.PRIMARY);
        robot.clickOn("#action-budget-better").write("1,200.50").push(KeyCode.ENTER);
        assertEquals(Map.of("better", new BigDecimal("1200.50")), action("ac-3").budgets());
        Label problem = robot.lookup("#action-budget-problem").queryAs(Label.class);
        assertFalse(problem.isVisible());
        robot.clickOn("#action-budget-good").write("-5").push(KeyCode.ENTER);
        assertEquals(Map.of("better", new BigDecimal("1200.50")), action("ac-3").budgets(), "not committed");
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().startsWith("A budget is an amount of zero or more"), problem.getText());
        robot.interact(() -> editor().undo());
        assertTrue(action("ac-3").budgets().isEmpty(), "one step for the one amount");
    }

    @Test
    void aNewActionGoesOnTheSelectedTouchpointInThisWeek(FxRobot robot) {
        plan(robot);
        robot.interact(() -> editor().selection().select("tp-2"));
        robot.clickOn("#timeline-add");
        Action added = project().actions().get(3);
        // ids go on after the highest number in the project (ac-5), whatever their kind
        assertEquals(new Action("ac-6", "New action", "tp-2", null, 3, 2, "", Map.of(), false), added);
        assertEquals("New action", robot.lookup("#action-title").queryAs(TextField.class).getText());
        robot.interact(() -> editor().undo());
        assertEquals(3, project().actions().size());
    }
}
