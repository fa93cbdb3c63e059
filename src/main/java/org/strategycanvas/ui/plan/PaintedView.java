package org.strategycanvas.ui.plan;

import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.strategycanvas.render.Surface;
import org.strategycanvas.ui.canvas.FxSurface;
import org.strategycanvas.ui.theme.Themes;

/**
 * A region that paints itself through the shared renderer, at its own size, whenever asked or resized, in the
 * theme's colour look.
 */
class PaintedView extends Region {

    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private Consumer<Surface> painter = s -> { };

    PaintedView() {
        getChildren().add(canvas);
        Themes.follow(this, look -> {
            surface.setLook(look);
            repaint();
        });
    }

    void setPainter(Consumer<Surface> newPainter) {
        painter = newPainter;
        repaint();
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
    }

    void repaint() {
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            painter.accept(surface);
        }
    }
}
