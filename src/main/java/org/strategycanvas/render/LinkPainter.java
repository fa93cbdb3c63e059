package org.strategycanvas.render;

import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.LinkKind;

/**
 * Draws a link as a line between the borders of its two elements, with an arrowhead at the target.
 * The kind shows in the line itself, so it reads without colour: serves is dashed, flow solid, related
 * dotted.
 */
final class LinkPainter {

    private static final double[] DASHED = {8, 5};
    private static final double[] DOTTED = {2, 4};
    private static final double ARROW_LENGTH = 10;
    private static final double ARROW_HALF_WIDTH = 5;

    private LinkPainter() {
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

    static void paint(Surface s, Bounds from, Bounds to, LinkKind kind, double scale, boolean detailed) {
        double[] start = PlanGeometry.borderPoint(from, to.centerX(), to.centerY());
        double[] end = PlanGeometry.borderPoint(to, from.centerX(), from.centerY());
        double width = Math.max(1.5, 1 / scale);
        if (!detailed) {
            s.line(start[0], start[1], end[0], end[1], Palette.LINK, width, Surface.SOLID);
            return;
        }
        double dx = end[0] - start[0];
        double dy = end[1] - start[1];
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        // The line stops at the arrowhead's base so a dashed line does not poke through its tip.
        double baseX = end[0] - ux * ARROW_LENGTH;
        double baseY = end[1] - uy * ARROW_LENGTH;
        s.line(start[0], start[1], baseX, baseY, Palette.LINK, width, dashes(kind));
        s.fillPolygon(
                new double[] {end[0], baseX - uy * ARROW_HALF_WIDTH, baseX + uy * ARROW_HALF_WIDTH},
                new double[] {end[1], baseY + ux * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH},
                Palette.LINK);
    }
}
