package org.strategycanvas.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application. Started through {@link Launcher}, never as the jar's main class. */
public final class StrategyCanvasApp extends Application {

    @Override
    public void start(Stage stage) {
        // Wired in the window work; see ui.shell.
    }
}
