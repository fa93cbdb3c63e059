package org.strategycanvas.model;

/** A rectangle on the canvas, in canvas units (1 unit = 1 px at 100 % zoom). */
public record Bounds(double x, double y, double width, double height) {

    public Bounds {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("bounds must be finite");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("bounds must have a positive size");
        }
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }

    public Bounds moveTo(double newX, double newY) {
        return new Bounds(newX, newY, width, height);
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    public boolean intersects(Bounds other) {
        return other.x < maxX() && other.maxX() > x && other.y < maxY() && other.maxY() > y;
    }

    public boolean containsAll(Bounds other) {
        return other.x >= x && other.maxX() <= maxX() && other.y >= y && other.maxY() <= maxY();
    }

    /** The smallest rectangle holding both. */
    public Bounds union(Bounds other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Bounds(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    /** A rectangle from two opposite corners, whatever their order; never empty. */
    public static Bounds spanning(double x1, double y1, double x2, double y2) {
        return new Bounds(Math.min(x1, x2), Math.min(y1, y2),
                Math.max(Math.abs(x2 - x1), 1e-9), Math.max(Math.abs(y2 - y1), 1e-9));
    }
}
