package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first screen: the recent files (one of them gone), opening one, a template as an untitled copy. */
@ExtendWith(ApplicationExtension.class)
class StartPageTest {

    private static final Path SAMPLE = Path.of("assets/samples/boulangerie-martin.strategy.json");

    private AppWindow window;
    private Stage stage;
    private Path plan;
    private Path gone;
    private final QueuedFileDialogs dialogs = new QueuedFileDialogs();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path folder = Files.createTempDirectory("strategy-canvas-start");
        plan = Files.copy(SAMPLE, folder.resolve("boulangerie.strategy.json"));
        gone = folder.resolve("moved-away.strategy.json");
        Settings settings = Settings.in(folder.resolve("config"));
        settings.addRecentFile(gone);
        settings.addRecentFile(plan);
        window = new AppWindow(stage, settings, dialogs, Locale.ENGLISH);
        window.showStartPage();
        window.show();
    }

    private Project project() {
        return window.session().editor().project();
    }

    @Test
    void theRecentFilesAreListedAMissingOneGreyedAndOneOpens(FxRobot robot) throws Exception {
        Button recent = robot.lookup("#start-recent-0").queryAs(Button.class);
        assertEquals("boulangerie.strategy.json", recent.getText());
        assertFalse(recent.isDisabled());
        Button missing = robot.lookup("#start-recent-1").queryAs(Button.class);
        assertEquals("moved-away.strategy.json", missing.getText());
        assertTrue(missing.isDisabled(), "a file no longer there cannot be picked");
        assertTrue(missing.getStyleClass().contains("missing"));

        robot.clickOn("#start-recent-0");
        assertTrue(Shown.on(robot, "#canvas") && !Shown.on(robot, "#start-page"));
        assertEquals(plan, window.session().file());
        assertEquals(new ProjectFiles().open(plan).project(), project());
    }

    @Test
    void aTemplateOpensAsAnUntitledCopyFromTheKeyboard(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#start-guided").query().isFocused(), "the keyboard starts on the first choice");
        robot.push(KeyCode.TAB).push(KeyCode.TAB);
        assertTrue(robot.lookup("#start-template-bike-shop").query().isFocused(), "Tab goes from card to card");
        robot.push(KeyCode.ENTER);

        assertTrue(Shown.on(robot, "#canvas") && !Shown.on(robot, "#start-page"));
        assertEquals("Cycles Lambert — plan digital 2026", project().info().title(), "in its own language");
        assertNull(window.session().file(), "a copy: no file, so Save asks where");
        assertFalse(window.session().editor().dirtyProperty().get(), "nothing of the person's own yet");
        assertFalse(window.session().editor().canUndoProperty().get());
        assertEquals("Untitled — Strategy Canvas", stage.getTitle());
        LocalDate start = project().info().planStart();
        assertEquals(DayOfWeek.MONDAY, start.getDayOfWeek());
        assertTrue(!start.isBefore(LocalDate.now()) && start.isBefore(LocalDate.now().plusDays(7)), "next Monday");

        Path saved = Files.createTempDirectory("strategy-canvas-copy").resolve("velo.strategy.json");
        dialogs.willAnswer(saved);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertEquals(saved, window.session().file(), "Save asked where, and saved there");
        assertEquals(project(), new ProjectFiles().open(saved).project());
    }

    @Test
    void switchingTheLanguageKeepsTheStartPage(FxRobot robot) {
        robot.interact(() -> window.switchLanguage(Locale.FRENCH));
        assertTrue(Shown.on(robot, "#start-page"));
        assertEquals("Nouveau plan guidé", robot.lookup("#start-guided").queryAs(Button.class).getText());
        assertEquals("Atelier de réparation vélo",
                robot.lookup("#start-template-bike-shop").queryAs(Button.class).getText());
    }
}
