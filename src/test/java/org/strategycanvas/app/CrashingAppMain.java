package org.strategycanvas.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.io.ProjectWriter;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.ui.shell.AppWindow;
import org.strategycanvas.ui.shell.NoFileDialogs;

/**
 * The real app, started the way {@link StrategyCanvasApp} starts it (an {@link AppSession} on the user's
 * settings, which the system properties point at a temporary folder), in a JVM of its own, for
 * {@link RecoveryAfterCrashIT}. {@code edit FILE}: opens the file, makes one edit and waits to be killed.
 * {@code recover REPORT}: starts, answers Recover to the first offer, and writes what it saw and what it got
 * into REPORT (a properties file) and the recovered plan beside it, then exits.
 */
public final class CrashingAppMain {

    private CrashingAppMain() {
    }

    /** The edit the first run makes before it is killed: a touchpoint no sample has. */
    static AddElements theEdit() {
        return new AddElements(List.of(Touchpoint.create("tp-crash", TouchpointType.YOUTUBE, "Vidéos du fournil",
                1200, 900)), List.of(), "command.add");
    }

    public static void main(String[] args) throws Exception {
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        if ("edit".equals(args[0])) {
            Platform.runLater(() -> edit(Path.of(args[1])));
            Thread.sleep(Long.MAX_VALUE); // until killed
        } else {
            recover(Path.of(args[1]));
        }
    }

    private static AppSession app() {
        return new AppSession(Settings.forUser(), Locale.ENGLISH, new NoFileDialogs());
    }

    private static void edit(Path file) {
        AppWindow window = app().start(new Stage(), List.of(file.toString()));
        window.session().editor().execute(theEdit());
        System.out.println("edited");
    }

    private static void recover(Path report) {
        Properties seen = new Properties();
        AtomicBoolean answered = new AtomicBoolean();
        Thread answering = new Thread(() -> {
            while (!answered.get()) {
                Platform.runLater(() -> answerRecover(seen, answered));
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "answers the recovery prompt");
        answering.setDaemon(true);
        answering.start();
        Platform.runLater(() -> {
            AppWindow window = app().start(new Stage(), List.of());
            try {
                Project project = window.session().editor().project();
                Files.write(report.resolveSibling("recovered.strategy.json"), new ProjectWriter().write(project));
                seen.setProperty("dirty", String.valueOf(window.session().editor().dirtyProperty().get()));
                seen.setProperty("file", String.valueOf(window.session().file()));
                seen.setProperty("undo", window.session().editor().stack().undoDescriptionKey().orElse(""));
                try (OutputStream out = Files.newOutputStream(report)) {
                    seen.store(out, "what the second run saw");
                }
                System.exit(0);
            } catch (IOException e) {
                e.printStackTrace();
                System.exit(3);
            }
        });
    }

    /** Finds the recovery prompt, notes its texts and presses Recover. */
    private static void answerRecover(Properties seen, AtomicBoolean answered) {
        if (answered.get()) {
            return;
        }
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage && window.getScene() != null
                    && window.getScene().getRoot() instanceof DialogPane
                    && window.getScene().getRoot().getStyleClass().contains("recovery-prompt")) {
                DialogPane pane = (DialogPane) window.getScene().getRoot();
                seen.setProperty("header", pane.getHeaderText());
                seen.setProperty("what", ((Label) pane.lookup("#recovery-what")).getText());
                seen.setProperty("when", ((Label) pane.lookup("#recovery-when")).getText());
                for (ButtonType type : pane.getButtonTypes()) {
                    if ("Recover".equals(type.getText())) {
                        answered.set(true);
                        ((Button) pane.lookupButton(type)).fire();
                        return;
                    }
                }
            }
        }
    }
}
