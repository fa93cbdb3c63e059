package org.strategycanvas.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.render.TestPlans;
import org.strategycanvas.ui.editor.Editor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** Real gestures on a canvas at 100 %, world origin at the view's top-left: world and view points agree. */
@ExtendWith(ApplicationExtension.class)
class CanvasViewTest {

    private Editor editor;
    private CanvasView view;
    private boolean dropped;

    @Start
    void start(Stage stage) {
        editor = new Editor(TestPlans.of(List.of(
                TestPlans.card("tp-1", "Website", 100, 100),
                TestPlans.card("tp-2", "Blog", 400, 100),
                TestPlans.card("tp-3", "Store", 100, 400))));
        view = new CanvasView(editor, new Messages(Locale.ENGLISH));
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    private Bounds boundsOf(String id) {
        return editor.project().element(id).map(Element::bounds).orElseThrow();
    }

    private void pointAt(FxRobot robot, double x, double y) {
        robot.moveTo(view, Pos.TOP_LEFT, new Point2D(x, y), Motion.DIRECT);
    }

    @Test
    void dragMovesTheCardSnappedAndIsOneUndoStep(FxRobot robot) {
        pointAt(robot, 150, 140);
        robot.press(MouseButton.PRIMARY);
        for (int i = 0; i < 5; i++) {
            robot.moveBy(21, 3);
        }
        robot.release(MouseButton.PRIMARY);
        assertEquals(new Bounds(200, 120, 180, 96), boundsOf("tp-1"), "moved by (105, 15), snapped to 20");
        assertEquals(Set.of("tp-1"), editor.selection().snapshot());
        robot.interact(editor::undo);
        assertEquals(new Bounds(100, 100, 180, 96), boundsOf("tp-1"));
        assertFalse(editor.stack().canUndo(), "the whole drag was a single command");
    }

    @Test
    void aClickWithoutMovingChangesNothing(FxRobot robot) {
        pointAt(robot, 150, 140);
        robot.clickOn(MouseButton.PRIMARY);
        assertEquals(Set.of("tp-1"), editor.selection().snapshot());
        assertFalse(editor.stack().canUndo());
        pointAt(robot, 700, 550);
        robot.clickOn(MouseButton.PRIMARY);
        assertTrue(editor.selection().isEmpty(), "a click on empty space clears the selection");
    }

    @Test
    void shiftClickAddsToTheSelection(FxRobot robot) {
        pointAt(robot, 150, 140);
        robot.clickOn(MouseButton.PRIMARY);
        pointAt(robot, 450, 140);
        robot.press(KeyCode.SHIFT).clickOn(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        assertEquals(Set.of("tp-1", "tp-2"), editor.selection().snapshot());
    }

    @Test
    void rubberBandSelectsTheCardsItTouches(FxRobot robot) {
        pointAt(robot, 50, 50);
        robot.press(MouseButton.PRIMARY);
        robot.moveBy(200, 40).moveBy(300, 40);
        robot.release(MouseButton.PRIMARY);
        assertEquals(Set.of("tp-1", "tp-2"), editor.selection().snapshot());
        assertFalse(editor.stack().canUndo(), "selecting is not an edit");
    }

    @Test
    void doubleClickThenTypingAndEnterRenames(FxRobot robot) {
        pointAt(robot, 150, 140);
        robot.doubleClickOn(MouseButton.PRIMARY);
        TextField field = robot.lookup("." + RenameField.STYLE_CLASS).queryAs(TextField.class);
        assertNotNull(field, "the rename field is shown");
        assertEquals("Website", field.getText());
        robot.write("Our shop").type(KeyCode.ENTER);
        assertEquals("Our shop", editor.project().element("tp-1").orElseThrow().caption());
        assertNull(robot.lookup("." + RenameField.STYLE_CLASS).tryQuery().orElse(null), "the field is gone");
        assertTrue(view.isFocused(), "focus is back on the canvas");
        robot.interact(editor::undo);
        assertEquals("Website", editor.project().element("tp-1").orElseThrow().caption());
    }

    @Test
    void f2StartsARenameThatEscapeCancels(FxRobot robot) {
        pointAt(robot, 450, 140);
        robot.clickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.F2);
        TextField field = robot.lookup("." + RenameField.STYLE_CLASS).queryAs(TextField.class);
        assertEquals("Blog", field.getText());
        robot.write("Journal").type(KeyCode.ESCAPE);
        assertEquals("Blog", editor.project().element("tp-2").orElseThrow().caption());
        assertFalse(editor.stack().canUndo());
    }

    @Test
    void wheelZoomsAboutThePointer(FxRobot robot) {
        pointAt(robot, 300, 200);
        robot.scroll(2, VerticalDirection.UP);
        double zoom = view.zoomProperty().get();
        assertNotEquals(1.0, zoom, 1e-9);
        Viewport v = view.viewport();
        assertEquals(300, v.toWorldX(300), 1e-6, "the point under the pointer stays put");
        assertEquals(200, v.toWorldY(200), 1e-6);
    }

    @Test
    void keysZoomInOutAndReset(FxRobot robot) {
        pointAt(robot, 700, 550);
        robot.clickOn(MouseButton.PRIMARY);
        robot.write("+");
        assertEquals(1.25, view.zoomProperty().get(), 1e-9);
        robot.write("-").write("-");
        assertEquals(0.8, view.zoomProperty().get(), 1e-9);
        robot.write("0");
        assertEquals(1, view.zoomProperty().get(), 1e-9);
    }

    @Test
    void fitToContentShowsEveryCard(FxRobot robot) {
        robot.interact(() -> {
            view.viewport().panBy(5000, 5000);
            view.fitToContent();
        });
        Point2D centre = view.visibleCenterInWorld();
        assertEquals((100 + 580) / 2.0, centre.getX(), 1e-6);
        assertEquals((100 + 496) / 2.0, centre.getY(), 1e-6);
    }

    @Test
    void aDropCreatesASelectedCardCentredOnThePoint(FxRobot robot) {
        Point2D scene = view.localToScene(310, 250);
        robot.interact(() -> dropped = view.acceptDrop(TouchpointType.NEWSLETTER, scene.getX(), scene.getY()));
        assertTrue(dropped);
        Touchpoint card = editor.project().touchpoints().get(3);
        assertEquals(TouchpointType.NEWSLETTER, card.type());
        assertEquals("Newsletter", card.label());
        assertEquals("tp-4", card.id());
        assertEquals(new Bounds(220, 200, 180, 96), card.bounds(), "centred on (310, 250), snapped");
        assertEquals(Set.of("tp-4"), editor.selection().snapshot());
    }

    @Test
    void aDropOutsideTheCanvasIsRefused(FxRobot robot) {
        Point2D beyondTheRightEdge = view.localToScene(view.getWidth() + 40, 100);
        robot.interact(() -> dropped = view.acceptDrop(TouchpointType.BLOG, beyondTheRightEdge.getX(),
                beyondTheRightEdge.getY()));
        assertFalse(dropped);
        assertEquals(3, editor.project().touchpoints().size());
    }

    @Test
    void severalChangesInOnePulseGiveOneFrame(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        long before = view.frameCount();
        robot.interact(() -> {
            editor.selection().select("tp-1");
            editor.selection().select("tp-2");
            view.viewport().panBy(10, 10);
            view.setGridVisible(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, view.frameCount());
    }
}
