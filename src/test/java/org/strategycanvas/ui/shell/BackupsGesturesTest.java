package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.io.Backup;
import org.strategycanvas.io.Backups;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Backups… lists the saved file's earlier versions and restores one; Edit ▸ Preferences… sets them. */
@ExtendWith(ApplicationExtension.class)
class BackupsGesturesTest {

    private final QueuedFileDialogs dialogs = new QueuedFileDialogs();
    private AppWindow window;
    private Path folder;
    private Path config;

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory("strategy-canvas-backups");
        config = folder.resolve("config");
        window = new AppWindow(stage, Settings.in(config), dialogs, Locale.ENGLISH);
        window.show();
    }

    private Project project() {
        return window.session().editor().project();
    }

    private void addAndSave(FxRobot robot, String id) {
        robot.interact(() -> window.session().editor().execute(new AddElements(
                List.of(Touchpoint.create(id, TouchpointType.BLOG, id, 40, 40)), List.of(), "command.add")));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem backupsMenuItem(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> "recovery-menu-backups".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private void click(FxRobot robot, DialogPane pane, String text) {
        robot.clickOn(robot.from(pane).lookup((Button b) -> text.equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void restoringABackupPutsThatVersionInTheWindowAsOneUndoableChange(FxRobot robot) throws Exception {
        Path file = folder.resolve("plan.strategy.json");
        assertTrue(backupsMenuItem(robot).isDisable(), "no file, no backups");
        dialogs.willAnswer(file);
        addAndSave(robot, "tp-1");
        Project first = project();
        addAndSave(robot, "tp-2");
        Project second = project();
        addAndSave(robot, "tp-3");
        Project third = project();
        byte[] saved = Files.readAllBytes(file);
        assertFalse(backupsMenuItem(robot).isDisable());

        Platform.runLater(() -> window.window().backups().showBackups());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".backups-dialog").queryAs(DialogPane.class);
        assertEquals("Backups of plan.strategy.json", pane.getHeaderText());
        @SuppressWarnings("unchecked")
        TableView<Backup> table = robot.from(pane).lookup("#backups-table").queryAs(TableView.class);
        assertEquals(2, table.getItems().size(), "the two versions the later saves replaced");
        assertEquals(second, new ProjectFiles().open(table.getItems().get(0).file()).project(), "newest first");
        assertEquals(first, new ProjectFiles().open(table.getItems().get(1).file()).project());
        assertTrue(robot.from(pane).lookup("#backups-restore").query().isDisabled(), "nothing picked yet");
        robot.interact(() -> table.getSelectionModel().select(1)); // the older one: the first save
        click(robot, pane, "Restore");

        assertEquals(first, project());
        assertTrue(window.session().editor().dirtyProperty().get(), "restored, not saved yet");
        assertArrayEquals(saved, Files.readAllBytes(file), "the file changes only on Save");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(third, project(), "one Undo gives back the plan as saved");
        assertFalse(window.session().editor().dirtyProperty().get());
    }

    @Test
    void preferencesSetHowManyBackupsAreKeptAndWhere(FxRobot robot) throws Exception {
        Platform.runLater(() -> window.window().backups().showPreferences());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".preferences-dialog").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        Spinner<Integer> kept = robot.from(pane).lookup("#preferences-backups-kept").queryAs(Spinner.class);
        @SuppressWarnings("unchecked")
        Spinner<Integer> autosave = robot.from(pane).lookup("#preferences-autosave").queryAs(Spinner.class);
        assertEquals(10, kept.getValue());
        assertEquals(5, autosave.getValue());
        robot.interact(() -> {
            kept.getEditor().setText("2");
            autosave.getEditor().setText("30");
        });
        robot.clickOn(robot.from(pane).lookup("#preferences-place-beside").queryAs(RadioButton.class));
        click(robot, pane, "OK");

        Settings reread = Settings.in(config);
        assertEquals(2, reread.backupsKept());
        assertEquals(Duration.ofSeconds(30), reread.autosaveInterval());
        assertEquals(Backups.Place.BESIDE_FILE, reread.backupsPlace());

        Path file = folder.resolve("plan.strategy.json");
        dialogs.willAnswer(file);
        for (String id : List.of("tp-1", "tp-2", "tp-3", "tp-4", "tp-5")) {
            addAndSave(robot, id);
        }
        try (var beside = Files.list(folder.resolve("plan.strategy.json.backups"))) {
            assertEquals(2, beside.count(), "five saves, four replaced versions, the last two kept beside the file");
        }
    }
}
