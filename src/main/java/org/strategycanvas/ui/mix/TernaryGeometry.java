package org.strategycanvas.ui.mix;

import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.TernaryMath;

/**
 * Where the owned / earned / paid triangle sits in a view: owned at the top corner, earned at the bottom
 * left, paid at the bottom right, on a horizontal base of {@code side} pixels whose left end is
 * ({@code left}, {@code bottom}). Converts between view points and barycentric weights.
 */
record TernaryGeometry(double left, double bottom, double side) {

    static final double HEIGHT_RATIO = Math.sqrt(3) / 2;

    /** The largest triangle, up to {@code maxSide} wide, that fits a box, centred in it. */
    static TernaryGeometry fitting(double x, double y, double width, double height, double maxSide) {
        double side = Math.max(0, Math.min(maxSide, Math.min(width, height / HEIGHT_RATIO)));
        double left = x + (width - side) / 2;
        double bottom = y + (height + side * HEIGHT_RATIO) / 2;
        return new TernaryGeometry(left, bottom, side);
    }

    double height() {
        return side * HEIGHT_RATIO;
    }

    /** The corners in owned, earned, paid order, as {x, y}. */
    double[][] corners() {
        return new double[][] {
                {left + side / 2, bottom - height()},
                {left, bottom},
                {left + side, bottom}};
    }

    /** The view point of these weights. */
    double[] pointOf(TernaryMath.Weights w) {
        double total = w.owned() + w.earned() + w.paid();
        double[][] c = corners();
        double x = (w.owned() * c[0][0] + w.earned() * c[1][0] + w.paid() * c[2][0]) / total;
        double y = (w.owned() * c[0][1] + w.earned() * c[1][1] + w.paid() * c[2][1]) / total;
        return new double[] {x, y};
    }

    double[] pointOf(MediaSplit split) {
        return pointOf(TernaryMath.weights(split));
    }

    /** The weights of a view point; a point outside the triangle counts as the nearest point of its edge. */
    TernaryMath.Weights weightsAt(double x, double y) {
        if (side <= 0) {
            return new TernaryMath.Weights(1, 1, 1);
        }
        double[] p = clamp(x, y);
        double owned = (bottom - p[1]) / height();
        double paid = (p[0] - left) / side - owned / 2;
        double earned = 1 - owned - paid;
        owned = clamp01(owned);
        paid = clamp01(paid);
        earned = clamp01(earned);
        if (owned + earned + paid == 0) {
            return new TernaryMath.Weights(1, 1, 1);
        }
        return new TernaryMath.Weights(owned, earned, paid);
    }

    /** The point itself if it is inside, or the nearest point of the triangle's edges. */
    double[] clamp(double x, double y) {
        if (contains(x, y)) {
            return new double[] {x, y};
        }
        double[][] c = corners();
        double[] best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 3; i++) {
            double[] a = c[i];
            double[] b = c[(i + 1) % 3];
            double[] q = nearestOnSegment(x, y, a, b);
            double distance = Math.hypot(q[0] - x, q[1] - y);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = q;
            }
        }
        return best;
    }

    boolean contains(double x, double y) {
        double owned = (bottom - y) / height();
        double paid = (x - left) / side - owned / 2;
        double earned = 1 - owned - paid;
        return owned >= 0 && paid >= 0 && earned >= 0;
    }

    private static double[] nearestOnSegment(double x, double y, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double t = ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy);
        t = clamp01(t);
        return new double[] {a[0] + t * dx, a[1] + t * dy};
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
