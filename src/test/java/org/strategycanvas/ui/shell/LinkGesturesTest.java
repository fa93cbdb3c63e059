package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.ui.canvas.CanvasView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drawing a link from a card's handle to an objective, selecting it, changing it, deleting it. */
@ExtendWith(ApplicationExtension.class)
class LinkGesturesTest {

    private AppWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-links");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), new QueuedFileDialogs(), Locale.ENGLISH);
        window.show();
    }

    private Project project() {
        return window.session().editor().project();
    }

    private CanvasView canvas() {
        return window.window().canvas();
    }

    private Point2D onScreen(double x, double y) {
        return CanvasScreenPoints.of(canvas(), x, y);
    }

    /** A website card and an objective to its right, at 100 %, in view. */
    private void twoCards(FxRobot robot) {
        robot.interact(() -> {
            window.session().editor().execute(new AddElements(List.of(
                    Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 40, 40),
                    Objective.create("ob-2", "Online orders", 400, 40)), List.of(), "command.add"));
            canvas().resetZoom();
        });
    }

    @Test
    void draggingFromTheHandleToAnObjectiveMakesTheTouchpointServeIt(FxRobot robot) {
        twoCards(robot);
        robot.clickOn(onScreen(130, 88), MouseButton.PRIMARY);
        Bounds card = project().touchpoints().get(0).bounds();
        robot.drag(onScreen(card.maxX(), card.centerY()), MouseButton.PRIMARY)
                .moveTo(onScreen(300, 88)).moveTo(onScreen(500, 88)).release(MouseButton.PRIMARY);
        assertEquals(List.of(new Link("ln-3", "tp-1", "ob-2", LinkKind.SERVES)), project().links());
        assertEquals(new Bounds(40, 40, 180, 96), project().touchpoints().get(0).bounds(), "the card did not move");
        assertEquals("\u2022 Online orders", robot.lookup("#inspector-serves").queryLabeled().getText(),
                "the touchpoint's inspector lists what it serves");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(project().links().isEmpty(), "one undo removes the link");
    }

    @Test
    void aLinkIsSelectedByClickingItsLineAndCanBeChangedOrDeleted(FxRobot robot) {
        twoCards(robot);
        robot.interact(() -> window.session().editor().execute(new AddElements(List.of(),
                List.of(new Link("ln-3", "tp-1", "ob-2", LinkKind.SERVES)), "command.connect")));
        robot.clickOn(onScreen(310, 88), MouseButton.PRIMARY);
        assertEquals(Set.of("ln-3"), window.session().editor().selection().snapshot());
        robot.clickOn("#inspector-link-kind").clickOn("Related");
        assertEquals(LinkKind.RELATED, project().links().get(0).kind());
        robot.interact(() -> canvas().requestFocus());
        robot.push(KeyCode.DELETE);
        assertTrue(project().links().isEmpty());
        assertEquals(2, project().elements().count(), "deleting a link leaves its cards");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(LinkKind.RELATED, project().links().get(0).kind());
    }

    @Test
    void theStatusBarListsWarningsAndLeadsToTheElement(FxRobot robot) {
        twoCards(robot);
        javafx.scene.control.MenuButton warnings = robot.lookup("#status-warnings").queryAs(
                javafx.scene.control.MenuButton.class);
        assertEquals("4 warnings", warnings.getText(), "not served, no target, no deadline, serves nothing");
        robot.clickOn(warnings).clickOn("The touchpoint \u201cSite\u201d serves no objective.");
        assertEquals(Set.of("tp-1"), window.session().editor().selection().snapshot());
        robot.interact(() -> window.session().editor().execute(new AddElements(List.of(),
                List.of(new Link("ln-3", "tp-1", "ob-2", LinkKind.SERVES)), "command.connect")));
        assertEquals("2 warnings", warnings.getText());
    }

    @Test
    void theObjectivesListFollowsThePlanAndLeadsToTheCanvas(FxRobot robot) {
        twoCards(robot);
        robot.interact(() -> window.session().editor().execute(new AddElements(List.of(),
                List.of(new Link("ln-3", "tp-1", "ob-2", LinkKind.SERVES)), "command.connect")));
        robot.clickOn("#tab-objectives .tab-label");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Objective> table = robot.lookup("#objectives-table").queryAs(
                javafx.scene.control.TableView.class);
        assertEquals(1, table.getItems().size());
        robot.clickOn("Online orders");
        assertEquals(Set.of("ob-2"), window.session().editor().selection().snapshot());
        assertTrue(robot.lookup(".table-row-cell").queryAll().stream()
                .anyMatch(row -> row.lookupAll(".table-cell").stream()
                        .anyMatch(c -> "1".equals(((javafx.scene.control.Labeled) c).getText()))),
                "one touchpoint serves it");
        robot.interact(() -> window.session().editor().selection().select("tp-1"));
        assertTrue(table.getSelectionModel().isEmpty(), "a touchpoint selected on the canvas is not in the list");
    }
}
