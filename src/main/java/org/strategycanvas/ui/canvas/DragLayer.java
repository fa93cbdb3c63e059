package org.strategycanvas.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Affine;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.ColourLook;
import org.strategycanvas.render.PlanRenderer;
import org.strategycanvas.render.RenderView;

/**
 * Keeps a drag cheap on a large plan: the still part of the picture (everything but the dragged elements and
 * their links) stays on the view's canvas, drawn once when the drag starts, and the moving part is drawn on this
 * transparent canvas above it, alone, at every move. Only what moves is drawn again, so a move costs the same on
 * a plan of ten cards or ten thousand. While dragged, elements show above the others.
 */
final class DragLayer {

    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private Project stillProject;
    private RenderView stillView;
    private double stillWidth;
    private double stillHeight;
    private boolean stillFocused;
    private boolean drawn;

    DragLayer() {
        canvas.setMouseTransparent(true);
    }

    /** Draws the moving part in the screen's colour look, as the still part below it. */
    void setLook(ColourLook look) {
        surface.setLook(look);
    }

    Canvas node() {
        return canvas;
    }

    void resize(double width, double height) {
        canvas.setWidth(width);
        canvas.setHeight(height);
    }

    /**
     * Whether the still part must be drawn (again) for this frame of a drag: on its first frame, or when anything
     * but the drag's offset differs from the frame the still part was drawn for.
     */
    boolean stillChanged(Project project, RenderView view, double width, double height, boolean focused) {
        RenderView still = view.withDrag(view.dragged(), 0, 0);
        boolean changed = project != stillProject || !still.equals(stillView) || width != stillWidth
                || height != stillHeight || focused != stillFocused;
        stillProject = project;
        stillView = still;
        stillWidth = width;
        stillHeight = height;
        stillFocused = focused;
        return changed;
    }

    /** Draws the dragged elements and their links where the view shows them, over the still part. */
    void paintMoving(PlanRenderer renderer, Project project, RenderView view) {
        GraphicsContext gc = clear();
        renderer.renderMoving(project, view, surface);
        gc.setTransform(new Affine());
        drawn = true;
    }

    /** Ends a drag: nothing left on this layer, and the next drag draws its still part afresh. */
    void end() {
        if (drawn) {
            clear();
            drawn = false;
        }
        stillProject = null;
        stillView = null;
    }

    private GraphicsContext clear() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        return gc;
    }
}
