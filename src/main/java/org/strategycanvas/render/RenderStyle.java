package org.strategycanvas.render;

/**
 * The look of a drawing. The editor's look is the default; the projector's, for a room watching a wall, has
 * high contrast, thicker lines, simpler cards, and no text smaller than {@code minText} screen pixels.
 */
public record RenderStyle(boolean projector, double minText) {

    /** The smallest text on a projector, in pixels of a screen 1080 pixels high: readable from the back. */
    public static final double PROJECTOR_TEXT = 24;

    public static final RenderStyle EDITOR = new RenderStyle(false, 0);

    public RenderStyle {
        if (!(minText >= 0)) {
            throw new IllegalArgumentException("the smallest text size must not be negative");
        }
    }

    /**
     * The projector's look on a screen (or a window standing for one) of this height: 24 px text on 1080 lines,
     * in proportion on others, so that the type has the same size on the wall whatever the resolution.
     */
    public static RenderStyle projector(double screenHeight) {
        return new RenderStyle(true, PROJECTOR_TEXT * screenHeight / 1080);
    }

    /** A text size in world units: {@code size}, or more when that would show smaller than the minimum. */
    public double textSize(double size, double scale) {
        return Math.max(size, minText / scale);
    }
}
