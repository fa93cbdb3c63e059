package org.strategycanvas.render;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.LinkKind;

/**
 * Draws links as lines between the borders of their two elements, with an arrowhead at the target. The
 * kind shows in the line itself, so it reads without colour: serves is dashed, flow solid, related dotted.
 * Lines are gathered per kind and drawn in one batch each; when cards are drawn as blocks, links are plain
 * lines without arrowheads.
 */
final class LinkPainter {

    private static final double[] DASHED = {8, 5};
    private static final double[] DOTTED = {2, 4};
    private static final double ARROW_LENGTH = 10;
    private static final double ARROW_HALF_WIDTH = 5;

    private final boolean detailed;
    private final double lineWidth;
    private final double arrowLength;
    private final Rgb colour;
    private final Map<LinkKind, Segments> batches = new EnumMap<>(LinkKind.class);

    /** On a projector, lines are three screen pixels wide, darker, with larger arrowheads. */
    LinkPainter(double scale, boolean detailed, boolean projector) {
        this.detailed = detailed;
        this.lineWidth = projector ? 3 / scale : Math.max(1.5, 1 / scale);
        this.arrowLength = projector ? Math.max(ARROW_LENGTH, 18 / scale) : ARROW_LENGTH;
        this.colour = projector ? ProjectorPainter.LINK : Palette.LINK;
        for (LinkKind kind : LinkKind.values()) {
            batches.put(kind, new Segments());
        }
    }

    static double[] dashes(LinkKind kind) {
        switch (kind) {
            case SERVES:
                return DASHED;
            case RELATED:
                return DOTTED;
            default:
                return Surface.SOLID;
        }
    }

    /** True when the segment between the two centres may cross the visible rectangle. */
    static boolean mayShow(Bounds from, Bounds to, Bounds visible) {
        double minX = Math.min(from.centerX(), to.centerX());
        double maxX = Math.max(from.centerX(), to.centerX());
        double minY = Math.min(from.centerY(), to.centerY());
        double maxY = Math.max(from.centerY(), to.centerY());
        return maxX >= visible.x() && minX <= visible.maxX() && maxY >= visible.y() && minY <= visible.maxY();
    }

    /** Adds a link's line to its batch; draws its arrowhead right away (there are few when detailed). */
    void add(Surface s, Bounds from, Bounds to, LinkKind kind) {
        double[] start = PlanGeometry.borderPoint(from, to.centerX(), to.centerY());
        double[] end = PlanGeometry.borderPoint(to, from.centerX(), from.centerY());
        if (!detailed) {
            batches.get(LinkKind.FLOW).add(start[0], start[1], end[0], end[1]);
            return;
        }
        double dx = end[0] - start[0];
        double dy = end[1] - start[1];
        double length = Math.hypot(dx, dy);
        if (length < arrowLength) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        // The line stops at the arrowhead's base so a dashed line does not poke through its tip.
        double baseX = end[0] - ux * arrowLength;
        double baseY = end[1] - uy * arrowLength;
        double half = arrowLength * ARROW_HALF_WIDTH / ARROW_LENGTH;
        batches.get(kind).add(start[0], start[1], baseX, baseY);
        s.fillPolygon(
                new double[] {end[0], baseX - uy * half, baseX + uy * half},
                new double[] {end[1], baseY + ux * half, baseY - ux * half},
                colour);
    }

    /** A selected link: drawn again over itself, thicker and in the selection colour. */
    void highlight(Surface s, Bounds from, Bounds to) {
        double[] start = PlanGeometry.borderPoint(from, to.centerX(), to.centerY());
        double[] end = PlanGeometry.borderPoint(to, from.centerX(), from.centerY());
        s.line(start[0], start[1], end[0], end[1], Palette.SELECTION, lineWidth * 2.5, Surface.SOLID);
    }

    /** Draws the gathered lines, one call per kind. */
    void flush(Surface s) {
        batches.forEach((kind, segments) -> {
            s.lines(segments.coords, segments.count, colour, lineWidth, dashes(kind));
            segments.count = 0;
        });
    }

    /** A growing list of line segments, four coordinates each. */
    private static final class Segments {
        private double[] coords = new double[64];
        private int count;

        void add(double x1, double y1, double x2, double y2) {
            if ((count + 1) * 4 > coords.length) {
                coords = Arrays.copyOf(coords, coords.length * 2);
            }
            int i = count * 4;
            coords[i] = x1;
            coords[i + 1] = y1;
            coords[i + 2] = x2;
            coords[i + 3] = y2;
            count++;
        }
    }
}
