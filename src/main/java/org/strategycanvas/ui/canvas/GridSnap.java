package org.strategycanvas.ui.canvas;

/** Rounds world positions to the canvas grid. */
public final class GridSnap {

    /** The grid step in world units. */
    public static final double STEP = 20;

    private GridSnap() {
    }

    public static double snap(double value) {
        return Math.round(value / STEP) * STEP;
    }
}
