package org.strategycanvas.ui.canvas;

/** Rounds world positions to the canvas grid. */
final class GridSnap {

    /** The grid step in world units. */
    static final double STEP = 20;

    private GridSnap() {
    }

    static double snap(double value) {
        return Math.round(value / STEP) * STEP;
    }
}
