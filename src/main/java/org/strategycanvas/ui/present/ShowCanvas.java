package org.strategycanvas.ui.present;

import java.time.LocalDate;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.transform.Affine;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
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
    private static final double LASER_RADIUS = 11;
    private static final double LEGEND_TEXT = 11;
    private static final Color VEIL = Color.rgb(255, 255, 255, 0.62);
    /** Room left around an element the frame is about, in pixels: its off-track frame and badge show whole. */
    private static final double VEIL_GAP = 22;
    /** Room between the legend or the title and the window's edges. */
    static final double MARGIN = 12;

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

    /**
     * The view being shown at this size, in the projector's look: the show's rectangle fitted above a band
     * kept along the bottom for the legend and the frame's title, so that they never hide a card of the frame.
     */
    RenderView view() {
        double width = Math.max(canvas.getWidth(), 1);
        double height = Math.max(canvas.getHeight(), 1);
        RenderStyle style = RenderStyle.projector(height);
        RenderView fitted = Fitting.view(show.shown.get(), width, height - band(), Fitting.FRAME_MAX_SCALE);
        Bounds above = fitted.visible();
        return RenderView.of(new Bounds(above.x(), above.y(), above.width(), height / fitted.scale()), fitted.scale())
                .withStyle(style);
    }

    /** The height of the band along the bottom, in pixels. */
    double band() {
        double height = Math.max(canvas.getHeight(), 1);
        double legendHeight = legend.height() * RenderStyle.projector(height).minText() / LEGEND_TEXT;
        return Math.min(height / 4, legendHeight + 2 * MARGIN);
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
        paintVeil(gc);
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
        surface.translate(MARGIN, height - MARGIN - legend.height() * factor);
        surface.scale(factor);
        legend.paint(surface, 0, 0);
        surface.restore();
    }

    /**
     * Sets off what the frame is about: a white veil over the rest of the view, with a hole around each of
     * its elements (where they are now, dragged or not).
     */
    private void paintVeil(GraphicsContext gc) {
        List<String> focus = show.focus.get();
        if (focus.isEmpty()) {
            return;
        }
        gc.beginPath();
        gc.rect(0, 0, canvas.getWidth(), canvas.getHeight());
        double pad = VEIL_GAP;
        for (String id : focus) {
            lastProject.element(id).ifPresent(e -> {
                Bounds b = view.shown(id, e.bounds());
                double x = (b.x() - view.visible().x()) * view.scale() - pad;
                double y = (b.y() - view.visible().y()) * view.scale() - pad;
                gc.rect(x, y, b.width() * view.scale() + 2 * pad, b.height() * view.scale() + 2 * pad);
            });
        }
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setFill(VEIL);
        gc.fill();
        gc.setFillRule(FillRule.NON_ZERO);
        gc.beginPath();
    }

    private void paintLaser(GraphicsContext gc) {
        Point2D at = show.laser.get();
        if (at == null) {
            return;
        }
        double x = (at.getX() - view.visible().x()) * view.scale();
        double y = (at.getY() - view.visible().y()) * view.scale();
        double glow = LASER_RADIUS * 2.5;
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
