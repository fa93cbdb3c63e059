package org.strategycanvas.bench;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.testing.FxThread;
import org.strategycanvas.ui.canvas.CanvasView;
import org.strategycanvas.ui.editor.Editor;

/**
 * The real canvas view in an undecorated 1600 x 900 window at the screen's top-left, with a robot that moves the
 * (headless) mouse over it, and a {@link PulseMeter} on its scene. Everything here runs on the JavaFX thread.
 */
final class CanvasStage {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    private Editor editor;
    private CanvasView canvas;
    private Robot robot;
    private PulseMeter meter;

    /** Opens the window on an empty plan and waits until it is on the screen. */
    static CanvasStage show(Project empty) throws Exception {
        CanvasStage s = new CanvasStage();
        FxThread.call(() -> {
            s.editor = new Editor(empty);
            s.canvas = new CanvasView(s.editor, new Messages(Locale.ENGLISH));
            Stage stage = new Stage(StageStyle.UNDECORATED);
            stage.setX(0);
            stage.setY(0);
            Scene scene = new Scene(s.canvas, WIDTH, HEIGHT);
            stage.setScene(scene);
            stage.show();
            s.robot = new Robot();
            s.meter = new PulseMeter(scene);
            return null;
        });
        Thread.sleep(500);
        return s;
    }

    Editor editor() {
        return editor;
    }

    CanvasView canvas() {
        return canvas;
    }

    PulseMeter meter() {
        return meter;
    }

    /** Where a world point is on the (headless) screen. */
    Point2D onScreen(double worldX, double worldY) throws Exception {
        return FxThread.call(() -> canvas.localToScreen(canvas.viewport().toScreenX(worldX),
                canvas.viewport().toScreenY(worldY)));
    }

    void moveMouse(Point2D screen) {
        robot.mouseMove(screen.getX(), screen.getY());
    }

    /** Presses or releases a button, unmeasured, and lets the view settle. */
    void press(MouseButton button) throws Exception {
        FxThread.call(() -> {
            robot.mousePress(button);
            return null;
        });
        settle();
    }

    void release(MouseButton button) throws Exception {
        FxThread.call(() -> {
            robot.mouseRelease(button);
            return null;
        });
        settle();
    }

    /** Releases a button without waiting: the frame it causes is to be measured. */
    void robotRelease(MouseButton button) {
        robot.mouseRelease(button);
    }

    /** One wheel notch (40 pixels of scroll, up for a positive count) sent to the canvas at a screen point. */
    void wheel(Point2D screen, int notches) {
        Point2D local = canvas.screenToLocal(screen);
        Node surface = canvas.getChildrenUnmodifiable().stream().filter(n -> n instanceof Canvas).findFirst()
                .orElseThrow();
        Event.fireEvent(surface, new ScrollEvent(ScrollEvent.SCROLL, local.getX(), local.getY(), screen.getX(),
                screen.getY(), false, false, false, false, false, false, 0, 40.0 * notches, 0, 40.0 * notches,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                null));
    }

    void select(List<String> ids) throws Exception {
        FxThread.call(() -> {
            editor.selection().set(ids);
            return null;
        });
        settle();
    }

    /** Gives queued events and a few frames time to pass. */
    static void settle() throws Exception {
        Thread.sleep(300);
        FxThread.call(() -> null);
    }
}
