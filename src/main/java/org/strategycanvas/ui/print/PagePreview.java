package org.strategycanvas.ui.print;

import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.strategycanvas.export.Pages;
import org.strategycanvas.export.Paper;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.ui.canvas.FxSurface;
import org.strategycanvas.ui.theme.PlanColours;

/**
 * One page as it will come out: the sheet, white on a grey desk with its edges drawn, scaled to fit the
 * space, its margins faintly marked, and the page drawn through the same painters as the PDF and the printer.
 */
final class PagePreview extends Region {

    private static final double PADDING = 16;
    /** The desk the pages lie on, in the window's theme (dark in the dark theme); the pages stay paper. */
    private static final Rgb DESK = Rgb.hex(0xE4E6EA);
    private static final Color SHADOW = Color.rgb(0, 0, 0, 0.18);
    private static final Color EDGE = Color.rgb(0x8A, 0x90, 0x99);
    private static final Color MARGIN = Color.rgb(0x4C, 0x8B, 0xF5, 0.35);

    private final Canvas canvas = new Canvas();
    private Pages pages;
    private int index;
    private Rectangle2D sheet = Rectangle2D.EMPTY;

    PagePreview() {
        getChildren().add(canvas);
        getStyleClass().add("print-preview");
        setMinSize(200, 200);
        setPrefSize(520, 520);
    }

    /** Shows page {@code index} of these pages; none (an empty desk) when {@code pages} is null. */
    void show(Pages pages, int index) {
        this.pages = pages;
        this.index = index;
        draw();
    }

    /** Where the sheet is drawn, in this view's coordinates; empty when no page is shown. */
    Rectangle2D sheetBounds() {
        return sheet;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        gc.setFill(PlanColours.now(DESK));
        gc.fillRect(0, 0, width, height);
        if (pages == null || index >= pages.count() || width <= 2 * PADDING || height <= 2 * PADDING) {
            sheet = Rectangle2D.EMPTY;
            return;
        }
        Paper paper = pages.paper();
        double scale = Math.min((width - 2 * PADDING) / paper.width(), (height - 2 * PADDING) / paper.height());
        double x = Math.round((width - paper.width() * scale) / 2);
        double y = Math.round((height - paper.height() * scale) / 2);
        sheet = new Rectangle2D(x, y, paper.width() * scale, paper.height() * scale);
        gc.setFill(SHADOW);
        gc.fillRect(x + 3, y + 3, sheet.getWidth(), sheet.getHeight());
        gc.setFill(Color.WHITE);
        gc.fillRect(x, y, sheet.getWidth(), sheet.getHeight());
        gc.save();
        gc.beginPath();
        gc.rect(x, y, sheet.getWidth(), sheet.getHeight());
        gc.clip();
        gc.setLineDashes(4, 3);
        gc.setLineWidth(1);
        gc.setStroke(MARGIN);
        Bounds printable = paper.printable();
        gc.strokeRect(x + printable.x() * scale, y + printable.y() * scale, printable.width() * scale,
                printable.height() * scale);
        gc.setLineDashes((double[]) null);
        FxSurface surface = new FxSurface(gc);
        surface.translate(x, y);
        surface.scale(scale);
        pages.draw(index, surface);
        gc.restore();
        gc.setStroke(EDGE);
        gc.setLineWidth(1);
        gc.strokeRect(x - 0.5, y - 0.5, sheet.getWidth() + 1, sheet.getHeight() + 1);
    }
}
