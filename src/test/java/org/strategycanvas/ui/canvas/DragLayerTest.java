package org.strategycanvas.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.render.PlanRenderer;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.render.TestPlans;
import org.strategycanvas.testing.FxThread;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Where the moving part of a drag goes, in a 800 x 600 view at 100 % from the world's origin: the dragged card is
 * drawn once on a picture its size (with a 40-pixel margin), which is then shifted by the drag's offset; its links
 * are drawn on a canvas over both their ends, within the view. A selection too wide for one picture is drawn over
 * the whole view instead.
 */
@ExtendWith(ApplicationExtension.class)
class DragLayerTest {

    private final PlanRenderer renderer = new PlanRenderer(new Messages(Locale.ENGLISH));

    private static Project plan(double farX) {
        List<Touchpoint> cards = List.of(TestPlans.card("tp-1", "Site", 100, 100), TestPlans.card("tp-2", "Blog", 400,
                100), TestPlans.card("tp-3", "Far", farX, 100));
        return TestPlans.of(cards, List.of(), List.of(new Link("ln-1", "tp-1", "tp-2", LinkKind.FLOW)), List.of(),
                List.of());
    }

    private static RenderView dragging(Set<String> ids, double dx, double dy) {
        return RenderView.of(new Bounds(0, 0, 800, 600), 1).withSelection(ids).withDrag(ids, dx, dy);
    }

    @Test
    void theDraggedCardIsAPictureShiftedByTheOffsetAndItsLinkIsDrawnOverBothEnds() throws Exception {
        Project plan = plan(1_000);
        double w = Touchpoint.DEFAULT_WIDTH;
        double h = Touchpoint.DEFAULT_HEIGHT;
        DragLayer layer = FxThread.call(() -> {
            DragLayer d = new DragLayer();
            d.resize(800, 600);
            d.paintMoving(renderer, plan, dragging(Set.of("tp-1"), 35, 60));
            return d;
        });
        Canvas picture = canvas(layer, 1);
        assertEquals(List.of(60.0, 60.0, w + 80, h + 80), geometry(picture), "the card at rest and 40 px around");
        assertEquals(List.of(35.0, 60.0), List.of(picture.getTranslateX(), picture.getTranslateY()));
        // Both ends: the card shown at (135, 160) and the blog at (400, 100), with the margin, cut to the view.
        assertEquals(List.of(95.0, 60.0, 400 + w + 40 - 95, 160 + h + 40 - 60), geometry(canvas(layer, 0)));

        FxThread.call(() -> {
            layer.paintMoving(renderer, plan, dragging(Set.of("tp-1"), 70, 0));
            return null;
        });
        assertEquals(List.of(60.0, 60.0, w + 80, h + 80), geometry(picture), "the same picture");
        assertEquals(List.of(70.0, 0.0), List.of(picture.getTranslateX(), picture.getTranslateY()));
    }

    @Test
    void aSelectionTooWideForOnePictureIsDrawnOverTheWholeView() throws Exception {
        Project plan = plan(100 + DragLayer.MAX_PICTURE);
        DragLayer layer = FxThread.call(() -> {
            DragLayer d = new DragLayer();
            d.resize(800, 600);
            d.paintMoving(renderer, plan, dragging(Set.of("tp-1", "tp-3"), 35, 60));
            return d;
        });
        assertEquals(0.0, canvas(layer, 1).getWidth(), "no picture");
        assertEquals(List.of(0.0, 0.0, 800.0, 600.0), geometry(canvas(layer, 0)));
    }

    private static Canvas canvas(DragLayer layer, int index) {
        return (Canvas) ((Group) layer.node()).getChildren().get(index);
    }

    private static List<Double> geometry(Canvas canvas) {
        return List.of(canvas.getLayoutX(), canvas.getLayoutY(), canvas.getWidth(), canvas.getHeight());
    }
}
