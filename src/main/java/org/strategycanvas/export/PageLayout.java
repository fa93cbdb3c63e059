package org.strategycanvas.export;

import org.strategycanvas.model.Bounds;
import org.strategycanvas.render.Surface;

/**
 * Where a rectangle of the canvas lands on a page: the canvas point (x, y) of {@code area} is drawn at
 * ({@code left + (x - area.x) × scale}, {@code top + (y - area.y) × scale}) in page units.
 */
public record PageLayout(Bounds area, double scale, double left, double top) {

    public PageLayout {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive");
        }
    }

    /**
     * The area scaled to fit the box whole, never cut, and centred in it; never larger than
     * {@code maxScale} page units per canvas unit, so a small plan is not blown up to fill the sheet.
     */
    public static PageLayout fit(Bounds area, Bounds box, double maxScale) {
        double scale = Math.min(maxScale, Math.min(box.width() / area.width(), box.height() / area.height()));
        double left = box.x() + (box.width() - area.width() * scale) / 2;
        double top = box.y() + (box.height() - area.height() * scale) / 2;
        return new PageLayout(area, scale, left, top);
    }

    public double pageX(double canvasX) {
        return left + (canvasX - area.x()) * scale;
    }

    public double pageY(double canvasY) {
        return top + (canvasY - area.y()) * scale;
    }

    /** Where the area lies on the page. */
    public Bounds onPage() {
        return new Bounds(left, top, area.width() * scale, area.height() * scale);
    }

    /**
     * Moves and scales the surface so that its origin is the area's top-left corner on the page and one unit
     * is one canvas unit: what {@code PlanRenderer.render} expects with {@code RenderView.of(area, 1)}.
     */
    void apply(Surface s) {
        s.translate(left, top);
        s.scale(scale);
    }
}
