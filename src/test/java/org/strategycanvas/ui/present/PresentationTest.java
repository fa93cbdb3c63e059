package org.strategycanvas.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Frame;
import org.strategycanvas.model.Frames;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.ui.canvas.CanvasView;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.shell.AppWindow;
import org.strategycanvas.ui.shell.NoFileDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenting the French sample plan: F5, frames with the keys a clicker sends, editing, the overview, Esc. */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {

    static final Path SAMPLE = Path.of("assets/samples/boulangerie-martin.strategy.json");

    private AppWindow window;
    private Settings settings;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-present");
        settings = Settings.in(folder);
        settings.setPresentationTransitions(false);
        window = new AppWindow(stage, settings, new NoFileDialogs(), Locale.FRENCH);
        window.show();
        window.openFile(SAMPLE);
    }

    private Editor editor() {
        return window.session().editor();
    }

    private Presenter presenter() {
        return window.window().presenter();
    }

    private Presentation presentation() {
        return presenter().presentation();
    }

    private List<Frame> frames() {
        return Frames.of(editor().project());
    }

    private void present(FxRobot robot) {
        robot.interact(() -> window.window().canvas().requestFocus());
        robot.push(KeyCode.F5);
        assertNotNull(presentation(), "F5 starts presenting");
        // Typed text goes to the window TestFX targets: the presentation's, as for the person.
        robot.targetWindow(presentation().stage());
    }

    /** The presentation shows this frame whole, centred, as large as the screen allows. */
    private void assertShows(Frame frame) {
        assertEquals(frame.bounds(), presenter().show().shown.get(), frame.key());
        ShowCanvas canvas = presentation().canvas();
        RenderView view = canvas.view();
        Bounds visible = view.visible();
        assertTrue(visible.containsAll(frame.bounds()), "all of " + frame.key() + " in " + visible);
        // Centred above the band kept for the legend and the title, and as large as that room allows.
        double above = (canvas.getHeight() - canvas.band()) / view.scale();
        assertEquals(frame.bounds().centerX(), visible.centerX(), 1e-6);
        assertEquals(frame.bounds().centerY(), visible.y() + above / 2, 1e-6);
        assertTrue(Math.abs(visible.width() - frame.bounds().width()) < 1e-6
                || Math.abs(above - frame.bounds().height()) < 1e-6, "fitted on one side");
    }

    private int index() {
        return presentation().navigator().index();
    }

    @Test
    void f5ShowsTheWholeCanvasFullScreenWithoutTheEditorsChrome(FxRobot robot) {
        present(robot);
        Stage stage = presentation().stage();
        assertTrue(stage.isShowing());
        assertTrue(stage.isFullScreen());
        Node root = stage.getScene().getRoot();
        assertTrue(root.lookupAll(".menu-bar").isEmpty(), "no menus");
        assertNull(root.lookup("#palette"));
        assertNull(root.lookup("#inspector"));
        assertNull(root.lookup(".status-bar"));
        assertEquals(0, index());
        assertShows(frames().get(0));
        assertEquals("Tout le canevas", presenter().show().title.get());
    }

    @Test
    void theKeysOfAClickerGoFromFrameToFrame(FxRobot robot) {
        present(robot);
        List<Frame> frames = frames();
        robot.push(KeyCode.RIGHT);
        assertEquals(1, index());
        assertShows(frames.get(1));
        assertEquals("Étape : Découverte", presenter().show().title.get());
        robot.push(KeyCode.PAGE_DOWN);
        assertShows(frames.get(2));
        robot.push(KeyCode.SPACE);
        assertShows(frames.get(3));
        robot.push(KeyCode.DOWN);
        assertShows(frames.get(4));
        robot.push(KeyCode.LEFT);
        assertShows(frames.get(3));
        robot.push(KeyCode.PAGE_UP);
        assertShows(frames.get(2));
        robot.push(KeyCode.SHIFT, KeyCode.SPACE);
        assertShows(frames.get(1));
        robot.push(KeyCode.UP);
        assertShows(frames.get(0));
        robot.push(KeyCode.LEFT);
        assertShows(frames.get(0));
        robot.push(KeyCode.END);
        assertShows(frames.get(frames.size() - 1));
        assertEquals("Objectif : Être la boulangerie la mieux notée du quartier", presenter().show().title.get());
        robot.push(KeyCode.RIGHT);
        assertEquals(frames.size() - 1, index(), "the last frame stays the last");
        robot.push(KeyCode.HOME);
        assertShows(frames.get(0));
    }

    @Test
    void nAddsATypedStickyNoteInTheMiddleOfTheViewInOneUndoStep(FxRobot robot) {
        present(robot);
        robot.push(KeyCode.RIGHT);
        Bounds shown = presenter().show().shown.get();
        int notes = editor().project().notes().size();
        robot.push(KeyCode.N);
        assertTrue(presentation().isNoteFieldOpen());
        robot.write("Jeu concours");
        robot.push(KeyCode.ENTER);
        assertFalse(presentation().isNoteFieldOpen());
        List<StickyNote> after = editor().project().notes();
        assertEquals(notes + 1, after.size());
        StickyNote added = after.get(after.size() - 1);
        assertEquals("Jeu concours", added.text(), "the N that opened the field is not in the note");
        assertTrue(Math.abs(added.bounds().centerX() - shown.centerX()) <= 20, "in the middle of the view");
        assertTrue(Math.abs(added.bounds().centerY() - shown.centerY()) <= 20);
        assertEquals(Set.of(added.id()), editor().selection().snapshot());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(notes, editor().project().notes().size(), "one undo takes the note away");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(notes + 1, editor().project().notes().size(), "and redo brings it back");
        assertNotNull(presentation(), "still presenting");
    }

    @Test
    void escapeInTheNoteFieldGivesUpTheNoteOnly(FxRobot robot) {
        present(robot);
        Project before = editor().project();
        robot.push(KeyCode.N);
        robot.write("Rien");
        robot.push(KeyCode.ESCAPE);
        assertEquals(before, editor().project());
        assertNotNull(presentation(), "still presenting");
    }

    @Test
    void aCardDraggedWhilePresentingMovesInOneUndoStep(FxRobot robot) {
        present(robot);
        Bounds card = editor().project().element("tp-5").orElseThrow().bounds();
        RenderView view = presentation().canvas().view();
        Point2D from = screenPoint(view, card.centerX(), card.centerY());
        Point2D to = screenPoint(view, card.centerX() + 100, card.centerY() + 40);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        Bounds moved = editor().project().element("tp-5").orElseThrow().bounds();
        assertEquals(card.x() + 100, moved.x(), 20, "moved by about 100, snapped to the grid");
        assertEquals(card.y() + 40, moved.y(), 20);
        assertEquals(0, moved.x() % 20, 1e-9);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(card, editor().project().element("tp-5").orElseThrow().bounds());
    }

    private Point2D screenPoint(RenderView view, double worldX, double worldY) {
        ShowCanvas canvas = presentation().canvas();
        return canvas.localToScreen((worldX - view.visible().x()) * view.scale(),
                (worldY - view.visible().y()) * view.scale());
    }

    @Test
    void theOverviewListsTheFramesAndAClickShowsOne(FxRobot robot) {
        present(robot);
        robot.push(KeyCode.O);
        assertTrue(presentation().isOverviewOpen());
        Set<Node> tiles = robot.lookup(".frame-tile").queryAll();
        assertEquals(frames().size(), tiles.size());
        Button objective = robot.lookup(".frame-tile").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("13. Objectif : Fidéliser par la newsletter")).findFirst().orElseThrow();
        robot.clickOn(objective);
        assertFalse(presentation().isOverviewOpen());
        assertEquals(12, index());
        assertShows(frames().get(12));
        robot.push(KeyCode.G);
        assertTrue(presentation().isOverviewOpen());
        robot.push(KeyCode.ESCAPE);
        assertFalse(presentation().isOverviewOpen(), "Esc closes the overview first");
        assertNotNull(presentation());
    }

    @Test
    void theLaserFollowsTheMouseAndMovesNothing(FxRobot robot) {
        present(robot);
        Project before = editor().project();
        robot.push(KeyCode.L);
        RenderView view = presentation().canvas().view();
        robot.moveTo(screenPoint(view, 300, 300));
        Point2D laser = presenter().show().laser.get();
        assertNotNull(laser);
        assertEquals(300, laser.getX(), 2 / view.scale());
        assertEquals(300, laser.getY(), 2 / view.scale());
        Bounds card = editor().project().element("tp-5").orElseThrow().bounds();
        robot.drag(screenPoint(view, card.centerX(), card.centerY()), MouseButton.PRIMARY)
                .moveTo(screenPoint(view, card.centerX() + 200, card.centerY())).release(MouseButton.PRIMARY);
        assertEquals(before, editor().project(), "pointing moves no card");
        robot.push(KeyCode.L);
        assertNull(presenter().show().laser.get());
    }

    @Test
    void theTimerShowsOnceUsedAndPlusAndMinusSetIt(FxRobot robot) {
        present(robot);
        assertNull(presenter().show().timer.get(), "no timer until asked for");
        robot.write("+");
        assertEquals("11:00", presenter().show().timer.get());
        robot.write("--");
        assertEquals("9:00", presenter().show().timer.get());
        assertTrue(robot.lookup("#show-timer").query().isVisible());
        robot.push(KeyCode.W);
        assertTrue(presenter().show().timer.get().matches("[89]:\\d\\d"), presenter().show().timer.get());
    }

    @Test
    void tTurnsTransitionsOnAndTheViewGlidesToTheNextFrame(FxRobot robot) throws TimeoutException {
        present(robot);
        robot.push(KeyCode.T);
        assertTrue(settings.presentationTransitions(), "remembered in the settings");
        assertEquals("Transitions activées", presentation().notice());
        Frame next = frames().get(1);
        robot.push(KeyCode.RIGHT);
        // The glide ends on the frame, however long the machine takes to get there.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> next.bounds().equals(presenter().show().shown.get()));
        assertShows(next);
        robot.push(KeyCode.T);
        assertFalse(settings.presentationTransitions());
        assertEquals("Transitions désactivées", presentation().notice());
    }

    @Test
    void escapeGoesBackToTheEditorAsItWas(FxRobot robot) {
        CanvasView canvas = window.window().canvas();
        robot.interact(() -> {
            canvas.viewport().setScaleAbout(0.8, 0, 0);
            canvas.viewport().panBy(-120, 35);
            editor().selection().select("tp-6");
        });
        double originX = canvas.viewport().originX();
        double originY = canvas.viewport().originY();
        double scale = canvas.viewport().scale();
        present(robot);
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.N);
        robot.write("Note");
        robot.push(KeyCode.ENTER);
        Stage stage = presentation().stage();
        robot.push(KeyCode.ESCAPE);
        assertNull(presentation());
        assertFalse(stage.isShowing());
        assertEquals(originX, canvas.viewport().originX(), 1e-9);
        assertEquals(originY, canvas.viewport().originY(), 1e-9);
        assertEquals(scale, canvas.viewport().scale(), 1e-9);
        assertEquals(Set.of("tp-6"), editor().selection().snapshot(), "the selection as it was");
        assertEquals("Note", editor().project().notes().get(editor().project().notes().size() - 1).text(),
                "what was added while presenting stays");
        assertTrue(canvas.isFocused(), "the editor's canvas has the keyboard again");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertFalse(editor().project().notes().stream().anyMatch(n -> n.text().equals("Note")),
                "and the editor undoes it");
    }
}
