package org.strategycanvas.render;

/** How a run of text is set: its size in the surface's current units, and its weight. */
public record TextStyle(double size, boolean bold) {

    public TextStyle {
        if (!(size > 0)) {
            throw new IllegalArgumentException("text size must be positive");
        }
    }

    public static TextStyle plain(double size) {
        return new TextStyle(size, false);
    }

    public static TextStyle bold(double size) {
        return new TextStyle(size, true);
    }
}
