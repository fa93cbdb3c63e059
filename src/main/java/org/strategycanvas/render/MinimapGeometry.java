package org.strategycanvas.render;

import org.strategycanvas.model.Bounds;

/**
 * Where the plan sits in a minimap: the world area it shows (the content with a margin) and the scale that fits
 * that area in a box of at most a given size, keeping its proportions. Minimap points are in pixels from the
 * minimap's top-left corner.
 */
public record MinimapGeometry(Bounds world, double scale) {

    /** Margin around the content, as a share of its larger side. */
    public static final double MARGIN = 0.04;

    public MinimapGeometry {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive");
        }
    }

    /** The minimap of some content in a box of at most {@code maxWidth} by {@code maxHeight} pixels. */
    public static MinimapGeometry fit(Bounds content, double maxWidth, double maxHeight) {
        double margin = MARGIN * Math.max(content.width(), content.height());
        Bounds world = new Bounds(content.x() - margin, content.y() - margin, content.width() + 2 * margin,
                content.height() + 2 * margin);
        return new MinimapGeometry(world, Math.min(maxWidth / world.width(), maxHeight / world.height()));
    }

    /** A minimap is worth showing when the view does not show all the content. */
    public static boolean isNeeded(Bounds content, Bounds visibleWorld) {
        return !visibleWorld.containsAll(content);
    }

    public double width() {
        return world.width() * scale;
    }

    public double height() {
        return world.height() * scale;
    }

    public double toMiniX(double worldX) {
        return (worldX - world.x()) * scale;
    }

    public double toMiniY(double worldY) {
        return (worldY - world.y()) * scale;
    }

    public double toWorldX(double miniX) {
        return world.x() + miniX / scale;
    }

    public double toWorldY(double miniY) {
        return world.y() + miniY / scale;
    }

    /** A world rectangle in minimap pixels, cut to the minimap; null when it lies wholly outside. */
    public Bounds toMini(Bounds area) {
        double left = Math.max(0, toMiniX(area.x()));
        double top = Math.max(0, toMiniY(area.y()));
        double right = Math.min(width(), toMiniX(area.maxX()));
        double bottom = Math.min(height(), toMiniY(area.maxY()));
        if (right <= left || bottom <= top) {
            return null;
        }
        return new Bounds(left, top, right - left, bottom - top);
    }
}
