package org.strategycanvas.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Frame;
import org.strategycanvas.model.Frames;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Tone;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.shell.AppWindow;
import org.strategycanvas.ui.shell.NoFileDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The projector window, a second window beside the editor (the test machine has one screen): it mirrors the
 * plan live, an edit showing on its next frame; it follows a presentation's frames; closing it changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorWindowTest {

    private AppWindow window;
    private Settings settings;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("strategy-canvas-projector");
        settings = Settings.in(folder);
        settings.setPresentationTransitions(false);
        window = new AppWindow(stage, settings, new NoFileDialogs(), Locale.FRENCH);
        window.show();
        window.openFile(PresentationTest.SAMPLE);
    }

    private Editor editor() {
        return window.session().editor();
    }

    private Presenter presenter() {
        return window.window().presenter();
    }

    private ProjectorWindow openOnTheOnlyScreen(FxRobot robot) {
        robot.interact(() -> presenter().openProjector(Screen.getPrimary().getBounds()));
        ProjectorWindow projector = presenter().projector();
        assertNotNull(projector);
        return projector;
    }

    /** Waits for the projector's next frame (no clock involved: it waits for the frame, however long it takes). */
    private static void nextFrame(ShowCanvas canvas, long after) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> canvas.frameCount() > after);
    }

    private static Color pixel(ShowCanvas canvas, double worldX, double worldY) {
        RenderView view = canvas.view();
        WritableImage image = canvas.canvas().snapshot(null, null);
        return image.getPixelReader().getColor((int) Math.round((worldX - view.visible().x()) * view.scale()),
                (int) Math.round((worldY - view.visible().y()) * view.scale()));
    }

    @Test
    void aSecondWindowShowsTheWholeCanvasBesideTheEditor(FxRobot robot) throws TimeoutException {
        ProjectorWindow projector = openOnTheOnlyScreen(robot);
        assertTrue(projector.stage().isShowing());
        assertNotSame(window.window().canvas().getScene().getWindow(), projector.stage());
        assertTrue(window.window().canvas().getScene().getWindow().isShowing(), "the editor stays");
        assertFalse(projector.stage().isFullScreen(), "on the editor's own screen it is an ordinary window");
        nextFrame(projector.canvas(), -1);
        assertSame(editor().project(), projector.canvas().lastProject());
        assertEquals(Frames.wholeCanvas(editor().project()).bounds(), presenter().show().shown.get());
        assertTrue(presenter().projectorOpenProperty().get());
    }

    @Test
    void anEditShowsOnTheProjectorsNextFrame(FxRobot robot) throws TimeoutException {
        ProjectorWindow projector = openOnTheOnlyScreen(robot);
        ShowCanvas canvas = projector.canvas();
        nextFrame(canvas, -1);
        // An empty spot inside the plan (between the notes and the objectives): white, the projector's paper.
        Bounds whole = presenter().show().shown.get();
        double x = 1700 + 90;
        double y = 600;
        robot.interact(() -> assertEquals(Color.WHITE, pixel(canvas, x, y)));
        long before = canvas.frameCount();
        StickyNote note = new StickyNote("nt-90", "Idée", Tone.PINK, new Bounds(x - 90, y - 60, 180, 120));
        robot.interact(() -> editor().execute(AddElements.of(note, "command.add")));
        nextFrame(canvas, before);
        assertEquals(before + 1, canvas.frameCount(), "one frame drawn since the edit");
        assertSame(editor().project(), canvas.lastProject(), "and it drew the edited plan");
        assertEquals(whole, presenter().show().shown.get(), "the note is inside the plan: same view");
        robot.interact(() -> {
            Color shown = pixel(canvas, x, y);
            Color pink = Color.rgb(0xF8, 0xD3, 0xE4);
            assertTrue(Math.abs(shown.getRed() - pink.getRed()) < 0.02 && Math.abs(shown.getGreen() - pink.getGreen()) < 0.02
                    && Math.abs(shown.getBlue() - pink.getBlue()) < 0.02, "the pink note is there: " + shown);
        });
    }

    @Test
    void theProjectorFollowsThePlanAsItGrows(FxRobot robot) throws TimeoutException {
        ProjectorWindow projector = openOnTheOnlyScreen(robot);
        StickyNote far = new StickyNote("nt-91", "Loin", Tone.BLUE, new Bounds(3000, 2000, 180, 120));
        long before = projector.canvas().frameCount();
        robot.interact(() -> editor().execute(AddElements.of(far, "command.add")));
        Bounds shown = presenter().show().shown.get();
        assertEquals(Frames.wholeCanvas(editor().project()).bounds(), shown);
        assertTrue(shown.containsAll(far.bounds()));
        nextFrame(projector.canvas(), before);
        assertTrue(projector.canvas().view().visible().containsAll(far.bounds()));
    }

    @Test
    void whilePresentingTheProjectorShowsThePresentationsFrame(FxRobot robot) {
        ProjectorWindow projector = openOnTheOnlyScreen(robot);
        assertTrue(window.window().canvas().isFocused(), "opening the projector leaves the keyboard to the editor");
        robot.push(KeyCode.F5);
        Presentation presentation = presenter().presentation();
        assertNotNull(presentation);
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        List<Frame> frames = Frames.of(editor().project());
        Bounds stage = frames.get(2).bounds();
        Bounds onProjector = projector.canvas().view().visible();
        assertTrue(onProjector.containsAll(stage), "the projector shows " + frames.get(2).key());
        assertEquals(stage.centerX(), onProjector.centerX(), 1e-6);
        assertEquals("Étape : Considération", presenter().show().title.get());
        robot.push(KeyCode.ESCAPE);
        assertNull(presenter().presentation());
        assertTrue(projector.stage().isShowing(), "leaving the presentation keeps the projector");
        assertEquals(Frames.wholeCanvas(editor().project()).bounds(), presenter().show().shown.get(),
                "back to the whole canvas");
    }

    @Test
    void closingTheProjectorLeavesTheEditorAsItIs(FxRobot robot) {
        ProjectorWindow projector = openOnTheOnlyScreen(robot);
        Project before = editor().project();
        double scale = window.window().canvas().viewport().scale();
        robot.interact(() -> presenter().closeProjector());
        assertFalse(projector.stage().isShowing());
        assertNull(presenter().projector());
        assertFalse(presenter().projectorOpenProperty().get());
        assertSame(before, editor().project());
        assertEquals(scale, window.window().canvas().viewport().scale(), 1e-9);
        assertTrue(window.window().canvas().getScene().getWindow().isShowing());
    }

    @Test
    void theMenuAsksForTheScreenAndRemembersIt(FxRobot robot) {
        Platform.runLater(() -> presenter().chooseProjectorScreen());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Quel écran la salle voit-elle ?", pane.getHeaderText());
        ComboBox<?> screens = (ComboBox<?>) pane.lookup(".combo-box");
        Rectangle2D only = Screen.getPrimary().getBounds();
        assertEquals(String.format("Écran 1 — %d × %d (écran principal)", (long) only.getWidth(),
                (long) only.getHeight()), screens.getValue());
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        assertNotNull(presenter().projector());
        assertEquals(String.format("0;0,0,%d,%d", (long) only.getWidth(), (long) only.getHeight()),
                settings.projectorScreen().orElseThrow(), "remembered for next time");
    }
}
