package org.strategycanvas.ui.shell;

import javafx.geometry.Point2D;
import org.strategycanvas.ui.canvas.CanvasView;

/** Where a point of the plan is on the screen, for tests that click on cards. */
final class CanvasScreenPoints {

    private CanvasScreenPoints() {
    }

    static Point2D of(CanvasView canvas, double worldX, double worldY) {
        return canvas.localToScreen(canvas.viewport().toScreenX(worldX), canvas.viewport().toScreenY(worldY));
    }
}
