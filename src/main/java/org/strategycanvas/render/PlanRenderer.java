package org.strategycanvas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.Zone;
import org.strategycanvas.model.plan.OffTrack;
import org.strategycanvas.model.plan.ScenarioBudgets;

/**
 * Draws a plan onto any {@link Surface}: the one renderer behind the screen, printing, PDF, PNG and the
 * presentation. Only what meets the visible rectangle is drawn, found through a {@link PlanIndex} kept while the
 * same version of the plan is drawn again; below {@link #DETAIL_SCALE} cards become
 * plain coloured blocks without text, so large plans stay fluid when zoomed out.
 */
public final class PlanRenderer {

    /** Below this scale a card is too small on screen to read: it is drawn as a block. */
    public static final double DETAIL_SCALE = 0.35;

    /** Most links drawn in the zoomed-out overview; beyond it, only links of selected or hovered elements. */
    public static final int OVERVIEW_LINK_BUDGET = 2000;

    /** Grid lines closer than this on screen are thinned out. */
    private static final double MIN_GRID_SPACING = 8;

    private final CardPainter cards;
    private final ProjectorPainter projector;
    private final OffTrackPainter offTrack;
    private PlanIndex index;

    public PlanRenderer(Messages messages) {
        CardTexts texts = new CardTexts(Objects.requireNonNull(messages));
        this.cards = new CardPainter(texts);
        this.projector = new ProjectorPainter(texts);
        this.offTrack = new OffTrackPainter(messages);
    }

    /**
     * Draws the plan's visible part. The surface is expected to start with one unit per screen pixel and its
     * origin at the top-left of the view; the renderer scales and translates within a save/restore pair.
     */
    public void render(Project project, RenderView view, Surface s) {
        draw(project, view, s, Layer.ALL);
    }

    /**
     * Draws all but the elements being dragged and their links: the still part of a drag, which does not change
     * while the pointer moves. {@link #renderMoving} draws the rest, over it.
     */
    public void renderStill(Project project, RenderView view, Surface s) {
        draw(project, view, s, Layer.STILL);
    }

    /**
     * Draws only the elements being dragged, where they are shown, and their links, without background or grid:
     * the part of a drag that moves with the pointer, for a transparent surface over {@link #renderStill}'s.
     */
    public void renderMoving(Project project, RenderView view, Surface s) {
        draw(project, view, s, Layer.MOVING);
    }

    /**
     * The elements being dragged, where they are shown, without their links: {@link #renderMoving} less
     * {@link #renderMovingLinks}, for a layer drawn once and then moved with the pointer as a picture.
     */
    public void renderMovingElements(Project project, RenderView view, Surface s) {
        draw(project, view, s, Layer.MOVING_ELEMENTS);
    }

    /** The links of the elements being dragged, where they are shown: they change shape as the pointer moves. */
    public void renderMovingLinks(Project project, RenderView view, Surface s) {
        draw(project, view, s, Layer.MOVING_LINKS);
    }

    /** What one call draws: everything, or one of the parts of a drag. */
    private enum Layer {
        ALL, STILL, MOVING, MOVING_ELEMENTS, MOVING_LINKS;

        boolean draws(boolean moving) {
            return this == ALL || moving == (this != STILL);
        }

        boolean background() {
            return this == ALL || this == STILL;
        }

        boolean elements() {
            return this != MOVING_LINKS;
        }

        boolean links() {
            return this != MOVING_ELEMENTS;
        }
    }

    private void draw(Project project, RenderView view, Surface s, Layer layer) {
        Bounds visible = view.visible();
        double scale = view.scale();
        boolean detailed = scale >= DETAIL_SCALE;
        boolean projected = view.style().projector() && detailed;
        s.save();
        s.scale(scale);
        s.translate(-visible.x(), -visible.y());
        s.clipRect(visible.x(), visible.y(), visible.width(), visible.height());
        if (layer.background()) {
            s.fillRect(visible.x(), visible.y(), visible.width(), visible.height(),
                    view.style().projector() ? ProjectorPainter.BACKGROUND : Palette.BACKGROUND);
            if (view.gridVisible()) {
                grid(s, view);
            }
        }
        PlanIndex index = indexOf(project);
        if (layer.elements()) {
            zones(index, view, s, detailed, projected, layer);
        }
        if (layer.links()) {
            links(index, view, s, detailed, layer);
        }
        if (layer.elements()) {
            notes(index, view, s, detailed, projected, layer);
            objectivesAndTouchpoints(index, view, s, detailed, projected, layer);
            offTrackMarks(index, view, s, detailed, layer);
        }
        s.restore();
    }

    private void zones(PlanIndex index, RenderView view, Surface s, boolean detailed, boolean projected,
                       Layer layer) {
        Project project = index.project();
        for (int i : index.zonesIn(view)) {
            Zone z = project.zones().get(i);
            Bounds b = view.shown(z.id(), z.bounds());
            if (!layer.draws(view.dragged().contains(z.id())) || !b.intersects(view.visible())) {
                continue;
            }
            if (projected) {
                projector.zone(s, z, b, view);
            } else {
                PaperPainter.zone(s, z, b, detailed, !z.id().equals(view.renaming()));
            }
            outline(s, z, b, view);
        }
    }

    private void notes(PlanIndex index, RenderView view, Surface s, boolean detailed, boolean projected,
                       Layer layer) {
        Project project = index.project();
        for (int i : index.notesIn(view)) {
            StickyNote n = project.notes().get(i);
            Bounds b = view.shown(n.id(), n.bounds());
            if (!layer.draws(view.dragged().contains(n.id())) || !b.intersects(view.visible())) {
                continue;
            }
            if (projected) {
                projector.note(s, n, b, view);
            } else {
                PaperPainter.note(s, n, b, detailed, !n.id().equals(view.renaming()));
            }
            outline(s, n, b, view);
        }
    }

    /** The objectives, then the touchpoints above them. */
    private void objectivesAndTouchpoints(PlanIndex index, RenderView view, Surface s, boolean detailed,
                                          boolean projected, Layer layer) {
        Project project = index.project();
        Bounds visible = view.visible();
        for (int i : index.objectivesIn(view)) {
            Objective o = project.objectives().get(i);
            Bounds b = view.shown(o.id(), o.bounds());
            if (layer.draws(view.dragged().contains(o.id())) && b.intersects(visible)) {
                if (projected) {
                    projector.objective(s, o, b, view);
                } else if (detailed) {
                    cards.objective(s, o, b, !o.id().equals(view.renaming()));
                } else {
                    CardPainter.simpleObjective(s, b);
                }
                outline(s, o, b, view);
            }
        }
        String currency = project.info().currency();
        ScenarioBudgets budgets = project.activeBudgets();
        for (int i : index.touchpointsIn(view)) {
            Touchpoint t = project.touchpoints().get(i);
            Bounds b = view.shown(t.id(), t.bounds());
            if (layer.draws(view.dragged().contains(t.id())) && b.intersects(visible)) {
                if (projected) {
                    projector.touchpoint(s, t, budgets.of(t.id()), b, currency, view);
                } else if (detailed) {
                    cards.touchpoint(s, t, budgets.of(t.id()), b, !t.id().equals(view.renaming()), currency);
                } else {
                    CardPainter.simpleTouchpoint(s, t, b);
                }
                outline(s, t, b, view);
            }
        }
    }

    /** Frames the objectives off track on the view's day and the touchpoints serving them; none without a day. */
    private void offTrackMarks(PlanIndex index, RenderView view, Surface s, boolean detailed, Layer layer) {
        if (view.today() == null) {
            return;
        }
        Project project = index.project();
        double tag = view.style().textSize(OffTrackPainter.TAG_SIZE, view.scale());
        for (int i : index.offTrackObjectives(view.today())) {
            Objective o = project.objectives().get(i);
            Bounds b = view.shown(o.id(), o.bounds());
            if (layer.draws(view.dragged().contains(o.id())) && b.intersects(view.visible())) {
                offTrack.objective(s, b, view.scale(), detailed, tag, view.style().projector());
            }
        }
        for (int i : index.offTrackTouchpoints(view.today())) {
            Touchpoint t = project.touchpoints().get(i);
            Bounds b = view.shown(t.id(), t.bounds());
            if (layer.draws(view.dragged().contains(t.id())) && b.intersects(view.visible())) {
                offTrack.touchpoint(s, b, view.scale(), detailed, tag, view.style().projector());
            }
        }
    }

    /** The index of this version of the plan: kept while the same version is drawn, frame after frame. */
    private PlanIndex indexOf(Project project) {
        PlanIndex result = index;
        if (result == null || result.project() != project) {
            result = PlanIndex.of(project);
            index = result;
        }
        return result;
    }

    /**
     * Draws the links that may be seen. Zoomed out (blocks instead of cards) with more than
     * {@link #OVERVIEW_LINK_BUDGET} of them in view, only those touching the selection or the hovered element
     * are drawn: thousands of hairlines cost more than everything else and read as a blur anyway.
     */
    private static void links(PlanIndex index, RenderView view, Surface s, boolean detailed, Layer layer) {
        Project project = index.project();
        Bounds reach = LinkPainter.reach(view.visible(), view.scale());
        List<Link> shown = new ArrayList<>();
        List<Bounds> ends = new ArrayList<>();
        for (int i : index.linksNear(reach, view)) {
            Link link = project.links().get(i);
            Element from = index.from(i);
            Element to = index.to(i);
            if (!layer.draws(view.dragged().contains(from.id()) || view.dragged().contains(to.id()))) {
                continue;
            }
            Bounds a = view.shown(from.id(), from.bounds());
            Bounds b = view.shown(to.id(), to.bounds());
            if (LinkPainter.mayShow(a, b, reach)) {
                shown.add(link);
                ends.add(a);
                ends.add(b);
            }
        }
        boolean thinOut = !detailed && shown.size() > OVERVIEW_LINK_BUDGET;
        LinkPainter painter = new LinkPainter(view.scale(), detailed, view.style().projector(), reach);
        for (int i = 0; i < shown.size(); i++) {
            Link link = shown.get(i);
            if (!thinOut || isFocused(link.from(), view) || isFocused(link.to(), view)) {
                painter.add(s, ends.get(2 * i), ends.get(2 * i + 1), link.kind());
            }
        }
        painter.flush(s);
        for (int i = 0; i < shown.size(); i++) {
            if (view.selected().contains(shown.get(i).id())) {
                painter.highlight(s, ends.get(2 * i), ends.get(2 * i + 1));
            }
        }
    }

    private static boolean isFocused(String id, RenderView view) {
        return view.selected().contains(id) || id.equals(view.hovered());
    }

    /** The selection outline, or a lighter one under the pointer; two screen pixels wide at any zoom. */
    private static void outline(Surface s, Element e, Bounds b, RenderView view) {
        boolean selected = view.selected().contains(e.id());
        if (!selected && !e.id().equals(view.hovered())) {
            return;
        }
        double px = 1 / view.scale();
        double gap = 3 * px;
        s.strokeRoundRect(b.x() - gap, b.y() - gap, b.width() + 2 * gap, b.height() + 2 * gap, 12,
                selected ? Palette.SELECTION : Palette.HOVER, (selected ? 2 : 1.5) * px);
    }

    private static void grid(Surface s, RenderView view) {
        double step = view.gridSize();
        while (step * view.scale() < MIN_GRID_SPACING) {
            step *= 2;
        }
        Bounds v = view.visible();
        double firstX = Math.floor(v.x() / step) * step;
        double firstY = Math.floor(v.y() / step) * step;
        int columns = (int) Math.floor((v.maxX() - firstX) / step) + 1;
        int rows = (int) Math.floor((v.maxY() - firstY) / step) + 1;
        double[] segments = new double[(columns + rows) * 4];
        int n = 0;
        for (int i = 0; i < columns; i++) {
            double x = firstX + i * step;
            segments[n++] = x;
            segments[n++] = v.y();
            segments[n++] = x;
            segments[n++] = v.maxY();
        }
        for (int i = 0; i < rows; i++) {
            double y = firstY + i * step;
            segments[n++] = v.x();
            segments[n++] = y;
            segments[n++] = v.maxX();
            segments[n++] = y;
        }
        s.lines(segments, columns + rows, Palette.GRID, 1 / view.scale(), Surface.SOLID);
    }
}
