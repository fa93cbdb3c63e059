package org.strategycanvas.ui.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.ColourLook;
import org.strategycanvas.render.PlanRenderer;
import org.strategycanvas.render.RenderView;

/**
 * Keeps a drag cheap on a large plan: the still part of the picture (everything but the dragged elements and
 * their links) stays on the view's canvas, drawn once when the drag starts, and the moving part is drawn above it.
 * The dragged elements are drawn once, on a canvas just their size, which then moves with the pointer as a
 * picture; only their links, which change shape as they move, are drawn again at every move, on a canvas just
 * the size of those links. A move then costs the same on a plan of ten cards or ten thousand, and little more
 * than a few lines: the screen is redrawn only where the picture and the links were and are. While dragged,
 * elements show above the others. Dragged elements spread wider than {@link #MAX_PICTURE} are drawn again at every
 * move, over the whole view, instead.
 */
final class DragLayer {

    /** Room around the dragged elements for what is drawn outside their bounds: outlines, off-track frames, tags. */
    static final double MARGIN_PX = 40;
    /** The largest picture of the dragged elements, in pixels a side. */
    static final double MAX_PICTURE = 4096;

    private final Canvas links = new Canvas();
    private final Canvas elements = new Canvas();
    private final FxSurface linksSurface = new FxSurface(links.getGraphicsContext2D());
    private final FxSurface elementsSurface = new FxSurface(elements.getGraphicsContext2D());
    private final Group node = new Group(links, elements);
    /** The view's rectangle: the picture, larger than what it shows at the view's edges, stays within it. */
    private final Rectangle clip = new Rectangle();
    private Project stillProject;
    private RenderView stillView;
    private double stillWidth;
    private double stillHeight;
    private boolean stillFocused;
    private Project pictureProject;
    private RenderView pictureView;
    private boolean pictured;
    private List<LinkEnds> linkEnds = List.of();
    private boolean drawn;
    private double viewWidth;
    private double viewHeight;

    DragLayer() {
        node.setMouseTransparent(true);
        node.setManaged(false);
        node.setClip(clip);
    }

    /** Draws the moving part in the screen's colour look, as the still part below it. */
    void setLook(ColourLook look) {
        linksSurface.setLook(look);
        elementsSurface.setLook(look);
    }

    Node node() {
        return node;
    }

    void resize(double width, double height) {
        viewWidth = width;
        viewHeight = height;
        clip.setWidth(width);
        clip.setHeight(height);
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
        RenderView atRest = view.withDrag(view.dragged(), 0, 0);
        if (project != pictureProject || !atRest.equals(pictureView)) {
            pictureProject = project;
            pictureView = atRest;
            pictured = picture(renderer, project, atRest);
        }
        if (pictured) {
            elements.setTranslateX(Math.round(view.dragDx() * view.scale()));
            elements.setTranslateY(Math.round(view.dragDy() * view.scale()));
            paintLinks(renderer, project, view);
        } else {
            place(links, 0, 0, viewWidth, viewHeight);
            renderer.renderMoving(project, view, linksSurface);
        }
        links.getGraphicsContext2D().setTransform(new Affine());
        drawn = true;
    }

    /** The links of the dragged elements, on the links' canvas covering them (within the view), drawn afresh. */
    private void paintLinks(PlanRenderer renderer, Project project, RenderView view) {
        Bounds reach = linkEnds.stream().map(ends -> ends.shown(view.dragDx(), view.dragDy()))
                .reduce(Bounds::union).orElse(null);
        Bounds area = reach == null ? null : onPixels(reach, view, true);
        if (area == null || area.width() <= 0 || area.height() <= 0) {
            place(links, 0, 0, 0, 0);
            return;
        }
        place(links, area.x(), area.y(), area.width(), area.height());
        renderer.renderMovingLinks(project, part(view, area, view.dragDx(), view.dragDy()), linksSurface);
    }

    /**
     * Draws the dragged elements, not moved, on the elements' canvas sized to them and placed where they are on
     * the view, aligned on its pixels; false, with nothing drawn, if they spread too wide for one picture.
     */
    private boolean picture(PlanRenderer renderer, Project project, RenderView atRest) {
        elements.setTranslateX(0);
        elements.setTranslateY(0);
        Map<String, Bounds> bounds = new HashMap<>();
        project.elements().forEach(e -> bounds.put(e.id(), e.bounds()));
        Bounds dragged = atRest.dragged().stream().map(bounds::get).filter(Objects::nonNull).reduce(Bounds::union)
                .orElse(null);
        linkEnds = project.links().stream()
                .filter(l -> atRest.dragged().contains(l.from()) || atRest.dragged().contains(l.to()))
                .filter(l -> bounds.containsKey(l.from()) && bounds.containsKey(l.to()))
                .map(l -> new LinkEnds(bounds.get(l.from()), atRest.dragged().contains(l.from()),
                        bounds.get(l.to()), atRest.dragged().contains(l.to())))
                .toList();
        Bounds area = dragged == null ? null : onPixels(dragged, atRest, false);
        if (area == null || area.width() > MAX_PICTURE || area.height() > MAX_PICTURE) {
            place(elements, 0, 0, 0, 0);
            return area == null;
        }
        place(elements, area.x(), area.y(), area.width(), area.height());
        renderer.renderMovingElements(project, part(atRest, area, 0, 0), elementsSurface);
        elements.getGraphicsContext2D().setTransform(new Affine());
        return true;
    }

    /**
     * The pixels of the view that show a world rectangle and the margin around it, in whole pixels from the
     * view's top-left corner; only those within the view if asked.
     */
    private Bounds onPixels(Bounds world, RenderView view, boolean withinView) {
        Bounds visible = view.visible();
        double scale = view.scale();
        double left = Math.floor((world.x() - visible.x()) * scale - MARGIN_PX);
        double top = Math.floor((world.y() - visible.y()) * scale - MARGIN_PX);
        double right = Math.ceil((world.maxX() - visible.x()) * scale + MARGIN_PX);
        double bottom = Math.ceil((world.maxY() - visible.y()) * scale + MARGIN_PX);
        if (withinView) {
            left = Math.max(0, left);
            top = Math.max(0, top);
            right = Math.min(viewWidth, right);
            bottom = Math.min(viewHeight, bottom);
        }
        return new Bounds(left, top, right - left, bottom - top);
    }

    /** The view of the world that these pixels of the view show, with this drag offset and no grid. */
    private static RenderView part(RenderView view, Bounds pixels, double dx, double dy) {
        Bounds visible = view.visible();
        double scale = view.scale();
        Bounds area = new Bounds(visible.x() + pixels.x() / scale, visible.y() + pixels.y() / scale,
                pixels.width() / scale, pixels.height() / scale);
        return new RenderView(area, scale, view.selected(), view.hovered(), view.renaming(), view.dragged(), dx, dy,
                false, view.gridSize(), view.today(), view.style());
    }

    /** Moves a canvas to these pixels of the view, at this size, and clears it. */
    private static void place(Canvas canvas, double x, double y, double width, double height) {
        canvas.setLayoutX(x);
        canvas.setLayoutY(y);
        canvas.setWidth(width);
        canvas.setHeight(height);
        clear(canvas);
    }

    /** Ends a drag: nothing left on this layer, and the next drag draws its still part and picture afresh. */
    void end() {
        if (drawn) {
            place(links, 0, 0, 0, 0);
            place(elements, 0, 0, 0, 0);
            drawn = false;
        }
        stillProject = null;
        stillView = null;
        pictureProject = null;
        pictureView = null;
        linkEnds = List.of();
    }

    private static GraphicsContext clear(Canvas canvas) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        return gc;
    }

    /** A link of the dragged elements: its ends' bounds at rest, and which of them move with the drag. */
    private record LinkEnds(Bounds from, boolean fromMoves, Bounds to, boolean toMoves) {

        Bounds shown(double dx, double dy) {
            return (fromMoves ? from.translate(dx, dy) : from).union(toMoves ? to.translate(dx, dy) : to);
        }
    }
}
