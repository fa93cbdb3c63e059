package org.strategycanvas.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Not a test: the bare JavaFX window the app's start is compared with, launched the same way as the app
 * ({@code Application.launch} from a main class): an empty stage (an empty pane as its scene) of the size the app
 * opens at, so that both first frames fill as many pixels. Its one scene is its main one for the probe.
 */
public final class BareWindow extends Application {

    /** The main class: not the Application itself, as the app's Launcher, so that JavaFX runs off the class path. */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Pane root = new Pane();
        root.getStyleClass().add(FirstFrameProbe.MAIN_WINDOW);
        stage.setScene(new Scene(root, Math.min(1600, screen.getWidth() * 0.92),
                Math.min(1000, screen.getHeight() * 0.92)));
        stage.setTitle("Bare window");
        stage.show();
    }
}
