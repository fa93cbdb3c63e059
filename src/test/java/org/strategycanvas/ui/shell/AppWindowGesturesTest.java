package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.ui.canvas.CanvasView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, driven as a person would: palette drag, move, rename, delete, undo, save, reopen. */
@ExtendWith(ApplicationExtension.class)
class AppWindowGesturesTest {

    private final QueuedFileDialogs dialogs = new QueuedFileDialogs();
    private AppWindow window;
    private Path folder;

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory("strategy-canvas-ui");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), dialogs, Locale.ENGLISH);
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    private Project project() {
        return window.session().editor().project();
    }

    private CanvasView canvas() {
        return window.window().canvas();
    }

    /** Where a point of the plan is on the screen now. */
    private Point2D onScreen(double worldX, double worldY) {
        return CanvasScreenPoints.of(canvas(), worldX, worldY);
    }

    private Point2D centreOf(Touchpoint t) {
        return onScreen(t.bounds().centerX(), t.bounds().centerY());
    }

    private Touchpoint dropWebsite(FxRobot robot) {
        Point2D target = robot.point(canvas()).query();
        robot.drag("#palette-website", MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, project().touchpoints().size(), "the drop created a card");
        return project().touchpoints().get(0);
    }

    @Test
    void dragFromThePaletteCreatesACardWhereItIsDropped(FxRobot robot) {
        Touchpoint card = dropWebsite(robot);
        assertEquals(TouchpointType.WEBSITE, card.type());
        assertEquals("Website", card.label());
        Point2D centre = centreOf(card);
        Point2D dropped = robot.point(canvas()).query();
        assertTrue(centre.distance(dropped) < 30 * canvas().zoomProperty().get() + 2,
                "the card is centred where it was dropped (within one grid step): " + centre + " vs " + dropped);
        assertTrue(window.session().editor().selection().contains(card.id()), "the new card is selected");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(0, project().touchpoints().size(), "undo removes it");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(1, project().touchpoints().size(), "redo brings it back");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(1, project().touchpoints().size(), "Ctrl+Y redoes too");
    }

    @Test
    void movingACardIsOneUndoStep(FxRobot robot) {
        Touchpoint card = dropWebsite(robot);
        Bounds before = card.bounds();
        robot.drag(centreOf(card), MouseButton.PRIMARY).moveBy(60, 20).moveBy(60, 20).moveBy(80, 40)
                .release(MouseButton.PRIMARY);
        Bounds after = project().touchpoints().get(0).bounds();
        assertNotEquals(before, after);
        assertEquals(0, after.x() % 20, 1e-9, "snapped to the grid");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, project().touchpoints().get(0).bounds(), "one undo puts it back");
        assertEquals(1, project().touchpoints().size(), "and only the move was undone");
    }

    @Test
    void doubleClickRenamesInPlace(FxRobot robot) {
        Touchpoint card = dropWebsite(robot);
        robot.doubleClickOn(centreOf(card), MouseButton.PRIMARY);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Boutique en ligne").push(KeyCode.ENTER);
        assertEquals("Boutique en ligne", project().touchpoints().get(0).label());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("Website", project().touchpoints().get(0).label());
    }

    @Test
    void deleteRemovesTheSelectionButNotWhileTyping(FxRobot robot) {
        Touchpoint card = dropWebsite(robot);
        TextField label = robot.lookup("#inspector-label").queryAs(TextField.class);
        robot.clickOn(label).push(KeyCode.END).push(KeyCode.DELETE);
        assertEquals(1, project().touchpoints().size(), "Delete in a text field edits the text only");
        robot.clickOn(centreOf(card), MouseButton.PRIMARY).push(KeyCode.DELETE);
        assertEquals(0, project().touchpoints().size());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(1, project().touchpoints().size());
    }

    @Test
    void inspectorEditsAreUndoable(FxRobot robot) {
        dropWebsite(robot);
        robot.doubleClickOn("#inspector-budget").write("1 250,50").push(KeyCode.ENTER);
        assertEquals("1250.50", project().touchpoints().get(0).budget().toPlainString(),
                "English accepts a comma for decimals when it is unambiguous");
        robot.doubleClickOn("#split-paid").write("40").push(KeyCode.ENTER);
        var split = project().touchpoints().get(0).split();
        assertEquals(40, split.paid());
        assertEquals(100, split.owned() + split.earned() + split.paid());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(split, project().touchpoints().get(0).split(), "in a text field, Ctrl+Z undoes typing only");
        robot.interact(() -> canvas().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(TouchpointType.WEBSITE.defaultSplit(), project().touchpoints().get(0).split());
    }

    @Test
    void saveThenReopenGivesTheSamePlan(FxRobot robot) {
        dropWebsite(robot);
        Project saved = project();
        Path file = folder.resolve("plan.strategy.json");
        dialogs.willAnswer(file);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertTrue(Files.exists(file));
        assertFalse(window.session().editor().dirtyProperty().get());
        assertTrue(((Stage) canvas().getScene().getWindow()).getTitle().contains("plan.strategy.json"));

        robot.push(KeyCode.CONTROL, KeyCode.N);
        assertEquals(0, project().touchpoints().size(), "a clean document is replaced without a question");
        dialogs.willAnswer(file);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        assertEquals(saved, project());
        assertFalse(window.session().editor().dirtyProperty().get());
    }

    @Test
    void unsavedChangesAreOfferedForSavingFirst(FxRobot robot) {
        dropWebsite(robot);
        String title = ((Stage) canvas().getScene().getWindow()).getTitle();
        assertTrue(title.contains("*"), "the title marks unsaved changes: " + title);

        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.clickOn(robot.lookup(".prompt .button").lookup((Button b) -> b.getText().equals("Cancel"))
                .queryButton());
        assertEquals(1, project().touchpoints().size(), "Cancel keeps the document");

        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.clickOn(robot.lookup(".prompt .button").lookup((Button b) -> b.getText().equals("Don't save"))
                .queryButton());
        assertEquals(0, project().touchpoints().size(), "Don't save replaces it");
    }

    @Test
    void undoingBackToTheSavedStateMakesItClean(FxRobot robot) {
        dropWebsite(robot);
        dialogs.willAnswer(folder.resolve("clean.strategy.json"));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        robot.push(KeyCode.CONTROL, KeyCode.D);
        assertTrue(window.session().editor().dirtyProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertFalse(window.session().editor().dirtyProperty().get());
    }

    @Test
    void theLanguageSwitchesAtOnceAndKeepsTheDocument(FxRobot robot) {
        dropWebsite(robot);
        robot.interact(() -> window.switchLanguage(Locale.FRENCH));
        assertEquals(1, project().touchpoints().size());
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals("_Fichier", bar.getMenus().get(0).getText());
        assertEquals("Rechercher un point de contact",
                robot.lookup("#palette-search").queryAs(TextField.class).getPromptText());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(canvas(), canvas().getScene().getFocusOwner(), "the canvas has the focus, not the search");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(0, project().touchpoints().size(), "the history survives the switch");
    }

    @Test
    void aFileChangedByAnotherProgramIsNotOverwrittenWithoutAsking(FxRobot robot) throws IOException {
        dropWebsite(robot);
        Path file = folder.resolve("shared.strategy.json");
        dialogs.willAnswer(file);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        Files.writeString(file, Files.readString(file).replace("\"Website\"", "\"Site du voisin\""));
        byte[] theirs = Files.readAllBytes(file);
        robot.push(KeyCode.CONTROL, KeyCode.D);

        robot.push(KeyCode.CONTROL, KeyCode.S);
        robot.clickOn(robot.lookup(".prompt .button").lookup((Button b) -> b.getText().equals("Cancel"))
                .queryButton());
        assertEquals(new String(theirs), Files.readString(file), "their version stays");
        assertTrue(window.session().editor().dirtyProperty().get());

        robot.push(KeyCode.CONTROL, KeyCode.S);
        robot.clickOn(robot.lookup(".prompt .button").lookup((Button b) -> b.getText().equals("Overwrite"))
                .queryButton());
        assertEquals(2, countOf(Files.readString(file), "\"type\": \"website\""), "ours is written");
        var backups = Settings.in(folder.resolve("config")).backups().of(file);
        assertEquals(new String(theirs), Files.readString(backups.get(0).file()),
                "theirs is kept as the newest backup, in the app's data folder");
        assertFalse(Files.exists(file.resolveSibling("shared.strategy.json.bak")), "no backup beside the file");
        assertFalse(window.session().editor().dirtyProperty().get());
    }

    @Test
    void aBrokenFileLeavesTheOpenPlanAsItWas(FxRobot robot) throws IOException {
        dropWebsite(robot);
        Project before = project();
        Path broken = folder.resolve("broken.strategy.json");
        Files.writeString(broken, "{\"format\": \"strategy-canvas\", \"schemaVersion\": 1,");
        robot.interact(() -> window.session().editor().markSaved());
        dialogs.willAnswer(broken);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        Button ok = robot.lookup(".prompt .button").queryButton();
        String sentence = robot.lookup(".prompt .content").queryLabeled().getText();
        assertTrue(sentence.contains("broken.strategy.json") && sentence.contains("line"), sentence);
        assertFalse(sentence.contains("Exception"), sentence);
        robot.clickOn(ok);
        assertEquals(before, project());
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksFirst(FxRobot robot) {
        dropWebsite(robot);
        Stage stage = (Stage) canvas().getScene().getWindow();
        // Not through interact(): the prompt waits for an answer inside the event, and interact() would wait too.
        javafx.application.Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".prompt .button").lookup((Button b) -> b.getText().equals("Cancel"))
                .queryButton());
        assertTrue(stage.isShowing(), "Cancel keeps the window open");
        assertEquals(1, project().touchpoints().size());
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
