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
 * lines without arrowheads. A line longer than the view is cut to the part that can be seen (its start moved by
 * whole dash patterns, so the dashes stay where they were): a dotted line across a huge plan costs thousands of
 * dashes otherwise.
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
    private final Bounds reach;
    private final Map<LinkKind, Segments> batches = new EnumMap<>(LinkKind.class);

    /**
     * A painter for lines seen at this scale, cut to {@code reach} (see {@link #reach}). On a projector, lines are
     * three screen pixels wide, darker, with larger arrowheads.
     */
    LinkPainter(double scale, boolean detailed, boolean projector, Bounds reach) {
        this.detailed = detailed;
        this.reach = reach;
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

    /**
     * The visible rectangle grown by what a line or an arrowhead may stick out of its path, in world units: a
     * link whose path stays outside it cannot be seen.
     */
    static Bounds reach(Bounds visible, double scale) {
        double margin = ARROW_HALF_WIDTH + 3 + 3 / scale;
        return new Bounds(visible.x() - margin, visible.y() - margin, visible.width() + 2 * margin,
                visible.height() + 2 * margin);
    }

    /** True when the segment between the two centres crosses the area (the view's {@link #reach}). */
    static boolean mayShow(Bounds from, Bounds to, Bounds area) {
        return SegmentClip.meets(from.centerX(), from.centerY(), to.centerX(), to.centerY(), area);
    }

    /** Adds a link's line to its batch; draws its arrowhead right away (there are few when detailed). */
    void add(Surface s, Bounds from, Bounds to, LinkKind kind) {
        double[] start = PlanGeometry.borderPoint(from, to.centerX(), to.centerY());
        double[] end = PlanGeometry.borderPoint(to, from.centerX(), from.centerY());
        if (!detailed) {
            addSeen(LinkKind.FLOW, start[0], start[1], end[0], end[1]);
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
        addSeen(kind, start[0], start[1], baseX, baseY);
        s.fillPolygon(
                new double[] {end[0], baseX - uy * half, baseX + uy * half},
                new double[] {end[1], baseY + ux * half, baseY - ux * half},
                colour);
    }

    /** A selected link: drawn again over itself, thicker and in the selection colour. */
    void highlight(Surface s, Bounds from, Bounds to) {
        double[] start = PlanGeometry.borderPoint(from, to.centerX(), to.centerY());
        double[] end = PlanGeometry.borderPoint(to, from.centerX(), from.centerY());
        double[] seen = seenPart(start[0], start[1], end[0], end[1], 0);
        if (seen != null) {
            s.line(seen[0], seen[1], seen[2], seen[3], Palette.SELECTION, lineWidth * 2.5, Surface.SOLID);
        }
    }

    private void addSeen(LinkKind kind, double x1, double y1, double x2, double y2) {
        double[] seen = seenPart(x1, y1, x2, y2, period(dashes(kind)));
        if (seen != null) {
            batches.get(kind).add(seen[0], seen[1], seen[2], seen[3]);
        }
    }

    /**
     * The part of a line within reach: the line itself when it lies wholly within, null when it misses; else its
     * end cut at the edge and its start moved toward it by whole dash patterns ({@code period}, 0 when solid).
     */
    private double[] seenPart(double x1, double y1, double x2, double y2, double period) {
        double[] t = SegmentClip.inside(x1, y1, x2, y2, reach);
        if (t == null) {
            return null;
        }
        if (t[0] == 0 && t[1] == 1) {
            return new double[] {x1, y1, x2, y2};
        }
        double start = t[0];
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (period > 0 && length > 0) {
            start = Math.floor(t[0] * length / period) * period / length;
        }
        return new double[] {x1 + (x2 - x1) * start, y1 + (y2 - y1) * start, x1 + (x2 - x1) * t[1],
                y1 + (y2 - y1) * t[1]};
    }

    /** The length after which a dash pattern repeats; an odd list of lengths is used twice over. */
    private static double period(double[] dashes) {
        double sum = 0;
        for (double d : dashes) {
            sum += d;
        }
        return dashes.length % 2 == 0 ? sum : 2 * sum;
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
