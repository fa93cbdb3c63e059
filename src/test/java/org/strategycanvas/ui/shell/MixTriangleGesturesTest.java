package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.mix.TernaryControl;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The media-mix triangle in the real window's inspector: drag, keys, presets, several cards at once. */
@ExtendWith(ApplicationExtension.class)
class MixTriangleGesturesTest {

    private static final MediaSplit WEBSITE = TouchpointType.WEBSITE.defaultSplit();
    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-mix");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.ENGLISH);
        stage.setWidth(1280);
        stage.setHeight(860);
        window.show();
    }

    private Editor editor() {
        return window.session().editor();
    }

    private Project project() {
        return editor().project();
    }

    private MediaSplit splitOf(int index) {
        return project().touchpoints().get(index).split();
    }

    private TernaryControl triangle(FxRobot robot) {
        return (TernaryControl) robot.lookup("#ternary").query().getParent();
    }

    /** Cards added as one step each, the last one selected, as if dropped from the palette. */
    private void addCards(FxRobot robot, TouchpointType... types) {
        robot.interact(() -> {
            for (int i = 0; i < types.length; i++) {
                Touchpoint card = Touchpoint.create("tp-" + i, types[i], types[i].id(), 40 + 220 * i, 40);
                editor().execute(AddElements.of(card, "command.add"));
                editor().selection().select(card.id());
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screenPoint(FxRobot robot, MediaSplit split, double dx, double dy) {
        WaitForAsyncUtils.waitForFxEvents();
        double[] p = triangle(robot).screenPointOf(split);
        return new Point2D(p[0] + dx, p[1] + dy);
    }

    @Test
    void draggingThePointIsOneUndoStepAndOutsidePointsGoToTheEdge(FxRobot robot) {
        addCards(robot, TouchpointType.WEBSITE);
        // Press near the centre, wander, and let go above the owned corner: outside, so clamped to it.
        robot.drag(screenPoint(robot, new MediaSplit(34, 33, 33), 0, 0), MouseButton.PRIMARY)
                .moveTo(screenPoint(robot, new MediaSplit(20, 60, 20), 0, 0))
                .moveTo(screenPoint(robot, new MediaSplit(70, 10, 20), 0, 0))
                .moveTo(screenPoint(robot, MediaSplit.ALL_OWNED, 0, -12))
                .release(MouseButton.PRIMARY);
        assertEquals(MediaSplit.ALL_OWNED, splitOf(0));
        assertEquals(MediaSplit.ALL_OWNED, triangle(robot).getValue());

        // Beyond the middle of the owned–paid edge, along its outward normal.
        robot.drag(screenPoint(robot, new MediaSplit(40, 40, 20), 0, 0), MouseButton.PRIMARY)
                .moveTo(screenPoint(robot, new MediaSplit(50, 0, 50), 10 * Math.cos(Math.PI / 6),
                        -10 * Math.sin(Math.PI / 6)))
                .release(MouseButton.PRIMARY);
        assertEquals(new MediaSplit(50, 0, 50), splitOf(0));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(MediaSplit.ALL_OWNED, splitOf(0), "one undo undoes the whole second drag");
        assertEquals(MediaSplit.ALL_OWNED, triangle(robot).getValue(), "the inspector follows the undo");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(WEBSITE, splitOf(0), "and one more the whole first drag");
        assertEquals(Integer.toString(WEBSITE.owned()), robot.lookup("#split-owned").queryTextInputControl().getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(0, project().touchpoints().size(), "the step before that is adding the card");
    }

    @Test
    void arrowKeysMoveOneStepTowardACorner(FxRobot robot) {
        addCards(robot, TouchpointType.WEBSITE);
        robot.interact(() -> robot.lookup("#ternary").query().requestFocus());
        assertEquals(new MediaSplit(85, 10, 5), splitOf(0));
        robot.push(KeyCode.UP);
        assertEquals(new MediaSplit(90, 5, 5), splitOf(0), "Up: toward owned, on the 5 % grid");
        robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        assertEquals(new MediaSplit(89, 6, 5), splitOf(0), "Shift+Left: earned up 1 %");
        robot.push(KeyCode.RIGHT);
        assertEquals(new MediaSplit(85, 5, 10), splitOf(0), "Right: toward paid");
        robot.push(KeyCode.DOWN);
        assertEquals(new MediaSplit(80, 5, 15), splitOf(0), "Down: away from owned");
        assertEquals("15", robot.lookup("#split-paid").queryTextInputControl().getText(), "the fields follow");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(new MediaSplit(85, 5, 10), splitOf(0), "each key press is its own step");
    }

    @Test
    void aPresetSetsTheSplit(FxRobot robot) {
        addCards(robot, TouchpointType.WEBSITE);
        robot.clickOn("#preset-paidLaunch");
        assertEquals(new MediaSplit(20, 20, 60), splitOf(0));
        robot.clickOn("#preset-earnedLed");
        assertEquals(new MediaSplit(20, 60, 20), splitOf(0));
        robot.interact(() -> window.window().canvas().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(new MediaSplit(20, 20, 60), splitOf(0));
    }

    @Test
    void typingOneShareRescalesTheOtherTwo(FxRobot robot) {
        addCards(robot, TouchpointType.WEBSITE);
        robot.doubleClickOn("#split-owned").write("45").push(KeyCode.ENTER);
        assertEquals(new MediaSplit(45, 37, 18), splitOf(0), "10:5 kept between earned and paid");
        assertEquals(new MediaSplit(45, 37, 18), triangle(robot).getValue(), "the point follows the fields");
    }

    @Test
    void severalCardsGetTheSameSplitInOneStep(FxRobot robot) {
        addCards(robot, TouchpointType.WEBSITE, TouchpointType.SOCIAL_ADS);
        robot.interact(() -> editor().selection().set(List.of("tp-0", "tp-1")));
        WaitForAsyncUtils.waitForFxEvents();
        MediaSplit social = TouchpointType.SOCIAL_ADS.defaultSplit();
        // 85/10/5 and 0/5/95 average 42.5/7.5/50: the half point goes to owned first.
        MediaSplit average = new MediaSplit(43, 7, 50);
        assertEquals(average, triangle(robot).getValue(), "shows the average of the two");

        robot.drag(screenPoint(robot, average, 0, 0), MouseButton.PRIMARY)
                .moveTo(screenPoint(robot, new MediaSplit(0, 100, 0), -20, 10))
                .release(MouseButton.PRIMARY);
        assertEquals(new MediaSplit(0, 100, 0), splitOf(0));
        assertEquals(new MediaSplit(0, 100, 0), splitOf(1));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(WEBSITE, splitOf(0), "one undo restores both");
        assertEquals(social, splitOf(1));
        assertEquals(average, triangle(robot).getValue(), "and the triangle shows their average again");
        assertTrue(editor().canUndoProperty().get(), "the two additions are still there to undo");
    }
}
