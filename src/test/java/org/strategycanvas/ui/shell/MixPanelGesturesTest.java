package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.Phase;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.MixChartPainter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The mix-over-time panel driven in the real window: periods, phases, targets, settings. */
@ExtendWith(ApplicationExtension.class)
class MixPanelGesturesTest {

    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-mix");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.ENGLISH);
        stage.setWidth(1400);
        stage.setHeight(950);
        window.show();
        // The brief is the panel's first tab: these gestures happen on the mix over time.
        TabPane panel = (TabPane) stage.getScene().lookup("#plan-panel");
        panel.getTabs().stream().filter(tab -> "tab-mix-over-time".equals(tab.getId())).findFirst()
                .ifPresent(tab -> panel.getSelectionModel().select(tab));
    }

    private MixPlan plan() {
        return window.session().editor().project().mixPlan();
    }

    /** The middle of a period's column in the chart, on the screen. */
    private Point2D column(FxRobot robot, int period) {
        Node chart = robot.lookup("#mix-chart").query();
        Bounds b = chart.localToScreen(chart.getBoundsInLocal());
        double pad = 8;
        double slot = (b.getWidth() - 2 * pad - MixChartPainter.AXIS) / plan().periodCount();
        return new Point2D(b.getMinX() + pad + MixChartPainter.AXIS + slot * (period + 0.5), b.getMinY() + b.getHeight() / 2);
    }

    @Test
    void theArrowKeysMoveThroughThePeriodsAfterAClick(FxRobot robot) {
        robot.clickOn(column(robot, 2), MouseButton.PRIMARY);
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).push(KeyCode.RIGHT).release(KeyCode.SHIFT);
        robot.clickOn("#target-preset-paidLaunch");
        assertEquals(java.util.Set.of(4, 5), plan().targets().keySet(), "periods 4 and 5, reached by the keys");
    }

    @Test
    void aPresetSetsTheTargetOfTheSelectedPeriodsInOneStep(FxRobot robot) {
        robot.clickOn(column(robot, 2), MouseButton.PRIMARY);
        robot.press(KeyCode.SHIFT).clickOn(column(robot, 4), MouseButton.PRIMARY).release(KeyCode.SHIFT);
        robot.clickOn("#target-preset-paidLaunch");
        MediaSplit paidLaunch = new MediaSplit(20, 20, 60);
        assertEquals(paidLaunch, plan().targets().get(2));
        assertEquals(paidLaunch, plan().targets().get(3));
        assertEquals(paidLaunch, plan().targets().get(4));
        assertEquals(3, plan().targets().size());
        robot.interact(() -> window.session().editor().undo());
        assertTrue(plan().targets().isEmpty(), "one undo step for the three periods");
        robot.interact(() -> window.session().editor().redo());
        robot.clickOn(column(robot, 3), MouseButton.PRIMARY).clickOn("#period-clear-target");
        assertNull(plan().targets().get(3));
        assertEquals(2, plan().targets().size());
    }

    @Test
    void typingAPhaseNameNamesTheSelectedPeriods(FxRobot robot) {
        robot.clickOn(column(robot, 0), MouseButton.PRIMARY);
        robot.press(KeyCode.SHIFT).clickOn(column(robot, 2), MouseButton.PRIMARY).release(KeyCode.SHIFT);
        robot.clickOn("#period-phase").write("Lancement").push(KeyCode.ENTER);
        assertEquals(java.util.List.of(new Phase("Lancement", 0, 2)), plan().phases());
        robot.interact(() -> window.session().editor().undo());
        assertTrue(plan().phases().isEmpty());
    }

    @Test
    void thePeriodsCanBeWeeks(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> count = robot.lookup("#mix-period-count").queryAs(Spinner.class);
        robot.interact(() -> count.getValueFactory().setValue(26));
        robot.clickOn("#mix-unit").clickOn("weeks");
        assertEquals(26, plan().periodCount());
        assertEquals(org.strategycanvas.model.PeriodUnit.WEEK, plan().unit());
        robot.interact(() -> window.session().editor().undo());
        assertEquals(org.strategycanvas.model.PeriodUnit.MONTH, plan().unit());
    }

    @Test
    void aTouchpointCanBeActiveForPartOfThePlanOnly(FxRobot robot) {
        robot.interact(() -> window.window().canvas().acceptDrop(org.strategycanvas.model.TouchpointType.SOCIAL_ADS,
                window.window().canvas().localToScene(200, 150).getX(),
                window.window().canvas().localToScene(200, 150).getY()));
        LocalDate start = window.session().editor().project().info().planStart();
        robot.clickOn("#inspector-active-to").write(start.plusMonths(2)
                .format(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy"))).push(KeyCode.ENTER);
        Project p = window.session().editor().project();
        assertEquals(start.plusMonths(2), p.touchpoints().get(0).activeTo());
        assertNull(p.touchpoints().get(0).activeFrom());
        assertFalse(p.touchpoints().get(0).activeDuring(start.plusMonths(3), start.plusMonths(4)));
    }
}
