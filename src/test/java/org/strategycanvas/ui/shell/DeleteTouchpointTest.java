package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.command.EditPlan;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.plan.Action;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Deleting a touchpoint that has actions and links asks what becomes of them, in one undo step. */
@ExtendWith(ApplicationExtension.class)
class DeleteTouchpointTest {

    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-delete");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.FRENCH);
        window.show();
    }

    private Project project() {
        return window.session().editor().project();
    }

    /** A site with one action and a link to an objective; Instagram and a blog with neither. */
    private void plan(FxRobot robot) {
        robot.interact(() -> {
            var editor = window.session().editor();
            editor.execute(new AddElements(List.of(
                    Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 40, 40),
                    Touchpoint.create("tp-6", TouchpointType.INSTAGRAM, "Instagram", 240, 240),
                    Touchpoint.create("tp-2", TouchpointType.BLOG, "Blog", 40, 240),
                    Objective.create("ob-3", "Commandes", 400, 40)),
                    List.of(new Link("ln-4", "tp-1", "ob-3", LinkKind.SERVES)), "command.add"));
            editor.execute(new EditPlan(editor.project().plan(), editor.project().plan().withActions(List.of(
                    new Action("ac-5", "Refonte", "tp-1", null, 0, 4, "", Map.of(), false)))));
            editor.selection().select("tp-1");
        });
    }

    private DialogPane askDelete() {
        Platform.runLater(() -> window.session().editActions().delete());
        WaitForAsyncUtils.waitForFxEvents();
        return new FxRobot().lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private void press(FxRobot robot, DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == data).findFirst()
                .orElseThrow();
        robot.clickOn((Button) pane.lookupButton(type));
    }

    @Test
    void movingTheActionsAndLinksToAnotherTouchpoint(FxRobot robot) {
        plan(robot);
        DialogPane pane = askDelete();
        assertEquals("Supprimer « Site » ?", pane.getHeaderText());
        robot.clickOn("#removal-move");
        press(robot, pane, ButtonBar.ButtonData.OK_DONE);
        assertEquals(List.of("tp-6", "tp-2"), project().touchpoints().stream().map(Touchpoint::id).toList());
        assertEquals("tp-2", project().actions().get(0).touchpointId(), "the blog, also on the web, took it");
        assertEquals(List.of(new Link("ln-4", "tp-2", "ob-3", LinkKind.SERVES)), project().links());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(4, project().elements().count(), "one undo brings the site back");
        assertEquals("tp-1", project().actions().get(0).touchpointId());
        assertEquals("tp-1", project().links().get(0).from());
    }

    @Test
    void theDefaultKeepsTheActionWithoutATouchpoint(FxRobot robot) {
        plan(robot);
        press(robot, askDelete(), ButtonBar.ButtonData.OK_DONE);
        assertNull(project().actions().get(0).touchpointId());
        assertTrue(project().links().isEmpty());
    }

    @Test
    void cancellingDeletesNothing(FxRobot robot) {
        plan(robot);
        Project before = project();
        press(robot, askDelete(), ButtonBar.ButtonData.CANCEL_CLOSE);
        assertEquals(before, project());
        assertTrue(window.session().editor().selection().contains("tp-1"));
    }
}
