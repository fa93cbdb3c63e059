package org.strategycanvas.render;

import org.strategycanvas.model.Bounds;

/** Which part of a straight segment lies in a rectangle (Liang and Barsky's clipping). */
final class SegmentClip {

    private SegmentClip() {
    }

    /**
     * The part of the segment from (x1, y1) to (x2, y2) inside the rectangle, edges included, as the fractions
     * {t0, t1} of the way from the first end (0 ≤ t0 ≤ t1 ≤ 1); null when the segment misses the rectangle.
     */
    static double[] inside(double x1, double y1, double x2, double y2, Bounds r) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] t = {0, 1};
        if (cut(-dx, x1 - r.x(), t) && cut(dx, r.maxX() - x1, t) && cut(-dy, y1 - r.y(), t)
                && cut(dy, r.maxY() - y1, t)) {
            return t;
        }
        return null;
    }

    /** Whether the segment meets the rectangle. */
    static boolean meets(double x1, double y1, double x2, double y2, Bounds r) {
        return inside(x1, y1, x2, y2, r) != null;
    }

    /** Narrows {t0, t1} by one edge: p is the direction's component toward outside, q the distance inside. */
    private static boolean cut(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }
}
