package org.strategycanvas.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.io.OpenedProject;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.io.journal.Journal;
import org.strategycanvas.io.journal.JournalMetadata;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.shell.AppWindow;
import org.strategycanvas.ui.shell.NoFileDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start after a crash, in French: the journal an earlier run left is offered, saying what and from when,
 * and recovering it gives the edited plan, dirty, on its file, one Undo away from what is saved.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryGesturesTest {

    private static final Instant CRASHED_AT = Instant.parse("2026-03-12T14:32:00Z");

    private Stage stage;
    private Path config;
    private Path data;
    private Path file;
    private OpenedProject onDisk;
    private Project edited;
    private AppSession app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** An earlier run had the bakery open, added a touchpoint, and was killed before saving. */
    @BeforeEach
    void crashedRun() throws Exception {
        Path folder = Files.createTempDirectory("strategy-canvas-recovery");
        config = folder.resolve("config");
        data = folder.resolve("data");
        file = folder.resolve("boulangerie.strategy.json");
        Files.copy(Path.of("assets/samples/boulangerie-martin.strategy.json"), file);
        onDisk = new ProjectFiles().open(file);
        Editor editor = new Editor(onDisk.project());
        editor.execute(new AddElements(List.of(Touchpoint.create("tp-900", TouchpointType.YOUTUBE, "Vidéos du fournil",
                1200, 900)), List.of(), "command.add"));
        edited = editor.project();
        Journal crashed = Journal.start(data);
        crashed.newEntry().write(edited, new JournalMetadata(edited.info().title(), file, onDisk.stamp(), CRASHED_AT))
                .join();
        crashed.close(); // its entry stays and its lock is free, as after a kill
    }

    @AfterEach
    void endTheApp() {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(() -> app.stop());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void startTheApp(List<String> args) {
        Platform.runLater(() -> {
            app = new AppSession(Settings.in(config, data), Locale.FRENCH, new NoFileDialogs());
            app.start(stage, args);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DialogPane prompt(FxRobot robot) {
        return robot.lookup(".recovery-prompt").queryAs(DialogPane.class);
    }

    private void press(FxRobot robot, String text) {
        robot.clickOn(robot.from(prompt(robot)).lookup((Button b) -> text.equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private AppWindow window() {
        return app.windows().get(0);
    }

    @Test
    void theOfferSaysWhatAndWhenAndRecoveringGivesTheEditedPlanDirtyOnItsFile(FxRobot robot) throws IOException {
        startTheApp(List.of());
        DialogPane pane = prompt(robot);
        assertEquals("Récupérer les modifications non enregistrées ?", pane.getHeaderText());
        String what = robot.from(pane).lookup("#recovery-what").queryAs(Label.class).getText();
        assertEquals("Strategy Canvas s'est fermé avant l'enregistrement de « Boulangerie Martin — plan digital 2026 » : "
                + "fichier boulangerie.strategy.json, dans " + file.getParent() + ".", what);
        String when = robot.from(pane).lookup("#recovery-when").queryAs(Label.class).getText();
        var local = CRASHED_AT.atZone(ZoneId.systemDefault());
        String day = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH).format(local);
        String time = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH).format(local);
        assertEquals("Ses modifications ont été gardées automatiquement le " + day + " à " + time + ".", when);

        press(robot, "Récupérer");
        assertEquals(edited, window().session().editor().project(), "the plan as it was journaled");
        assertTrue(window().session().editor().dirtyProperty().get(), "not saved yet");
        assertEquals(file, window().session().file(), "Save writes to its file");
        assertArrayEquals(Files.readAllBytes(Path.of("assets/samples/boulangerie-martin.strategy.json")),
                Files.readAllBytes(file), "the file itself is as it was");
        assertEquals(List.of(), Journal.orphans(data), "the crashed run's journal is gone");

        robot.interact(() -> window().session().editor().undo());
        assertEquals(onDisk.project(), window().session().editor().project(), "Undo shows what is saved");
        assertFalse(window().session().editor().dirtyProperty().get());
    }

    @Test
    void recoveredChangesAreInThisRunsJournalSoASecondCrashLosesNothing(FxRobot robot) {
        startTheApp(List.of());
        press(robot, "Récupérer");
        WaitForAsyncUtils.asyncFx(() -> app.stop()); // the app goes without closing its window: a crash
        WaitForAsyncUtils.waitForFxEvents();
        app = null;
        var orphans = Journal.orphans(data);
        assertEquals(1, orphans.size());
        try {
            assertEquals(edited, orphans.get(0).documents().get(0).read());
            assertEquals(file, orphans.get(0).documents().get(0).metadata().file());
        } catch (org.strategycanvas.io.ProjectFileException e) {
            throw new AssertionError(e);
        } finally {
            orphans.forEach(o -> o.close());
        }
    }

    @Test
    void discardForgetsItAndDecideLaterKeepsItForTheNextStart(FxRobot robot) {
        startTheApp(List.of());
        press(robot, "Décider plus tard");
        assertFalse(window().session().editor().dirtyProperty().get(), "nothing recovered");
        WaitForAsyncUtils.asyncFx(() -> app.stop());
        WaitForAsyncUtils.waitForFxEvents();

        startTheApp(List.of());
        press(robot, "Abandonner");
        assertFalse(window().session().editor().dirtyProperty().get());
        assertEquals(List.of(), Journal.orphans(data), "discarded: not offered again");
    }

    @Test
    void aWindowShowingAnotherFileKeepsItAndTheRecoveredPlanOpensInAWindowOfItsOwn(FxRobot robot) throws Exception {
        Path other = file.resolveSibling("autre.strategy.json");
        Files.copy(file, other);
        startTheApp(List.of(other.toString()));
        // the file asked for is open in the first window: nothing unsaved, but another file than the recovered one
        press(robot, "Récupérer");
        assertEquals(other, window().session().file());
        assertFalse(window().session().editor().dirtyProperty().get());
        assertEquals(2, app.windows().size());
        AppWindow second = app.windows().get(1);
        assertTrue(second.stage().isShowing());
        assertEquals(file, second.session().file());
        assertEquals(edited, second.session().editor().project());
        assertTrue(second.session().editor().dirtyProperty().get());
        robot.interact(() -> second.stage().close());
    }
}
