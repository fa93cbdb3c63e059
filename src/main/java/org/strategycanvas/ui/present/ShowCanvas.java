package org.strategycanvas.ui.present;

import java.time.LocalDate;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.Fitting;
import org.strategycanvas.render.MixLegend;
import org.strategycanvas.render.PlanRenderer;
import org.strategycanvas.render.RenderStyle;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.ui.canvas.FxSurface;
import org.strategycanvas.ui.editor.Editor;

/**
 * The plan as the room sees it: the part of the canvas the {@link Show} names, fitted to this view, in the
 * projector's look, with the mix legend in large type and the laser pointer on top. Redrawn at most once per
 * pulse, on the pulse after the plan, the selection or the show change, so an edit shows on the next frame.
 */
final class ShowCanvas extends Region {

    private static final Color LASER = Color.rgb(255, 20, 20);
    private static final Color LASER_GLOW = Color.rgb(255, 20, 20, 0.3);
    private static final double LASER_RADIUS = 9;
    private static final double LEGEND_TEXT = 11;

    private final Editor editor;
    private final Show show;
    private final Canvas canvas = new Canvas();
    private final PlanRenderer renderer;
    private final MixLegend legend;
    private final FxSurface surface;
    private final InvalidationListener redraw = o -> requestRedraw();
    private RenderView view;
    private Project lastProject;
    private long frames;

    private final AnimationTimer painter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            paint();
        }
    };

    ShowCanvas(Editor editor, Show show, Messages messages) {
        this.editor = editor;
        this.show = show;
        this.renderer = new PlanRenderer(messages);
        this.legend = new MixLegend(messages);
        this.surface = new FxSurface(canvas.getGraphicsContext2D());
        getChildren().add(canvas);
        setMinSize(0, 0);
        setFocusTraversable(true);
        setAccessibleText(messages.get("presentation.accessibleText"));
        editor.projectProperty().addListener(redraw);
        editor.selection().ids().addListener(redraw);
        show.onPictureChange(redraw);
    }

    void requestRedraw() {
        painter.start();
    }

    /** Stops following the plan and the show, for a window that closes. */
    void dispose() {
        painter.stop();
        editor.projectProperty().removeListener(redraw);
        editor.selection().ids().removeListener(redraw);
        show.removePictureListener(redraw);
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            painter.stop();
            paint();
        }
    }

    /** The view being shown at this size: the show's rectangle fitted, in the projector's look. */
    RenderView view() {
        double width = Math.max(canvas.getWidth(), 1);
        double height = Math.max(canvas.getHeight(), 1);
        return Fitting.view(show.shown.get(), width, height, Fitting.FRAME_MAX_SCALE)
                .withStyle(RenderStyle.projector(height));
    }

    Point2D toWorld(double x, double y) {
        RenderView v = view();
        return new Point2D(v.visible().x() + x / v.scale(), v.visible().y() + y / v.scale());
    }

    private void paint() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (width < 1 || height < 1) {
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, width, height);
        Show.Drag drag = show.drag.get();
        view = view().withToday(LocalDate.now()).withDrag(drag.ids(), drag.dx(), drag.dy());
        if (show.presenting.get()) {
            view = view.withSelection(editor.selection().ids());
        }
        lastProject = editor.project();
        renderer.render(lastProject, view, surface);
        if (!lastProject.touchpoints().isEmpty()) {
            paintLegend(height);
        }
        paintLaser(gc);
        frames++;
    }

    /** The key to the mix bars, its text as large as the cards' smallest. */
    private void paintLegend(double height) {
        double factor = view.style().minText() / LEGEND_TEXT;
        surface.save();
        surface.translate(16, height - 16 - legend.height() * factor);
        surface.scale(factor);
        legend.paint(surface, 0, 0);
        surface.restore();
    }

    private void paintLaser(GraphicsContext gc) {
        Point2D at = show.laser.get();
        if (at == null) {
            return;
        }
        double x = (at.getX() - view.visible().x()) * view.scale();
        double y = (at.getY() - view.visible().y()) * view.scale();
        double glow = LASER_RADIUS * 2.4;
        gc.setFill(LASER_GLOW);
        gc.fillOval(x - glow, y - glow, 2 * glow, 2 * glow);
        gc.setFill(LASER);
        gc.fillOval(x - LASER_RADIUS, y - LASER_RADIUS, 2 * LASER_RADIUS, 2 * LASER_RADIUS);
    }

    /** The plan as last drawn: the one an edit made shows here on the next frame. */
    Project lastProject() {
        return lastProject;
    }

    long frameCount() {
        return frames;
    }

    Canvas canvas() {
        return canvas;
    }
}
