package org.strategycanvas.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.render.MinimapGeometry;
import org.strategycanvas.render.TestPlans;
import org.strategycanvas.ui.editor.Editor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The minimap of a plan larger than the view: shown in the corner, a click there takes the view there. */
@ExtendWith(ApplicationExtension.class)
class MinimapTest {

    private Editor editor;
    private CanvasView view;

    /** Three cards far apart: at 100 % an 800 x 600 view holds only the first. */
    @Start
    void start(Stage stage) {
        editor = new Editor(TestPlans.of(List.of(
                TestPlans.card("tp-1", "Website", 0, 0),
                TestPlans.card("tp-2", "Blog", 4_000, 0),
                TestPlans.card("tp-3", "Store", 2_000, 3_000))));
        view = new CanvasView(editor, new Messages(Locale.ENGLISH));
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    private Minimap minimap(FxRobot robot) {
        return robot.lookup("#minimap").queryAs(Minimap.class);
    }

    private Point2D centreInWorld() {
        return view.visibleCenterInWorld();
    }

    @Test
    void clickingInTheMinimapBringsTheViewThere(FxRobot robot) {
        Minimap minimap = minimap(robot);
        assertTrue(minimap.isVisible(), "the view shows only part of the plan");
        Bounds box = new Bounds(minimap.getBoundsInParent().getMinX(), minimap.getBoundsInParent().getMinY(),
                minimap.getWidth(), minimap.getHeight());
        // Relative to the view: the shared test stage may be larger than the scene asked for.
        double width = view.getWidth();
        double height = view.getHeight();
        assertTrue(box.maxX() <= width && box.maxX() > width - 100 && box.maxY() <= height
                && box.maxY() > height - 100, "in the bottom-right corner of " + width + " x " + height + ": " + box);
        MinimapGeometry g = minimap.geometry().orElseThrow();
        // The Blog card's centre, (4,090, 48) in the world, in the minimap.
        Point2D target = minimap.localToScreen(g.toMiniX(4_090), g.toMiniY(48));
        robot.clickOn(target, MouseButton.PRIMARY);
        // The click lands on a whole pixel: the view's centre is within a minimap pixel of the card's centre.
        double pixel = 1 / g.scale();
        assertEquals(4_090, centreInWorld().getX(), pixel);
        assertEquals(48, centreInWorld().getY(), pixel);
        assertEquals(1, view.zoomProperty().get(), 1e-9, "the zoom is kept");
        assertTrue(editor.selection().isEmpty(), "the click did not reach the canvas below");
    }

    @Test
    void draggingInTheMinimapPansAlong(FxRobot robot) {
        Minimap minimap = minimap(robot);
        MinimapGeometry g = minimap.geometry().orElseThrow();
        robot.drag(minimap.localToScreen(g.toMiniX(0), g.toMiniY(0)), MouseButton.PRIMARY)
                .moveTo(minimap.localToScreen(g.toMiniX(2_000), g.toMiniY(1_500)))
                .moveTo(minimap.localToScreen(g.toMiniX(2_090), g.toMiniY(3_048)))
                .release(MouseButton.PRIMARY);
        double pixel = 1 / g.scale();
        assertEquals(2_090, centreInWorld().getX(), pixel);
        assertEquals(3_048, centreInWorld().getY(), pixel);
    }

    @Test
    void itHidesWhenEverythingFitsOrWhenTurnedOff(FxRobot robot) {
        Minimap minimap = minimap(robot);
        robot.interact(view::fitToContent);
        assertFalse(minimap.isVisible(), "all the plan is in view");
        robot.interact(view::resetZoom);
        assertTrue(minimap.isVisible());
        robot.interact(() -> view.setMinimapEnabled(false));
        assertFalse(minimap.isVisible(), "turned off");
        robot.interact(() -> view.setMinimapEnabled(true));
        assertTrue(minimap.isVisible());
    }
}
