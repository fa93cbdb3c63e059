package org.strategycanvas.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The window's first content, shown the moment the app starts: the window at its size, blank, with the app's
 * name, while the editor (menus, palette, canvas, panels, and the plan being opened) is built. JavaFX puts an empty
 * window on the screen several times faster than it builds the editor's controls the first time; this way the
 * window appears as soon as JavaFX can show one, and the editor takes its place in the frame after it is built.
 */
public final class StartingScene {

    private StartingScene() {
    }

    /** Shows the blank window, then runs {@code buildEditor} once that first frame is out. */
    public static void show(Stage stage, String title, Runnable buildEditor) {
        Scene scene = new Scene(new Pane(), AppWindow.initialWidth(), AppWindow.initialHeight());
        if (!stage.titleProperty().isBound()) { // a stage reused from an earlier window (the tests)
            stage.setTitle(title);
        }
        stage.setScene(scene);
        afterFirstPulse(scene, buildEditor);
        stage.show();
    }

    /**
     * Runs the work after the scene's first pulse: the pulse hands its frame to the render thread as it ends, so the
     * work starts while that frame is drawn, instead of before it, as work queued at once would.
     */
    static void afterFirstPulse(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
