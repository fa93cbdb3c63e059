package org.strategycanvas.export.document;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.strategycanvas.export.ImageSurface;
import org.strategycanvas.render.TextStyle;

/**
 * How wide a text is set in a style, in points. The document is laid out once, before it is drawn on any
 * surface, so it measures with the bundled typeface's own metrics: the PDF, the images and the screen draw
 * with the same typeface and get the same widths.
 */
@FunctionalInterface
public interface TextMeasure {

    double width(String text, TextStyle style);

    /** The bundled typeface's metrics (the ones every surface uses). */
    static TextMeasure bundledFont() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ImageSurface surface = new ImageSurface(g);
        g.dispose(); // measuring does not draw: the surface keeps only its fonts
        return surface::textWidth;
    }
}
