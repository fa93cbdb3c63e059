package org.strategycanvas.render;

import org.strategycanvas.model.Bounds;

/** Views that show a world rectangle whole and centred on a screen of a given size. */
public final class Fitting {

    /** The most a presentation frame is enlarged: 300 %. */
    public static final double FRAME_MAX_SCALE = 3;

    private Fitting() {
    }

    /**
     * The view of a screen {@code width} × {@code height} that shows {@code content} whole and centred, at the
     * largest scale that fits, but never above {@code maxScale} so that a single small card is not blown up.
     */
    public static RenderView view(Bounds content, double width, double height, double maxScale) {
        double w = Math.max(width, 1);
        double h = Math.max(height, 1);
        double scale = Math.min(maxScale, Math.min(w / content.width(), h / content.height()));
        Bounds visible = new Bounds(content.centerX() - w / scale / 2, content.centerY() - h / scale / 2,
                w / scale, h / scale);
        return RenderView.of(visible, scale);
    }
}
