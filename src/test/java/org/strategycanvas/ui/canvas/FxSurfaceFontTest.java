package org.strategycanvas.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.export.ImageSurface;
import org.strategycanvas.render.TextStyle;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The screen sets text in the bundled typeface and measures it as the PNG and PDF surfaces do. */
@ExtendWith(ApplicationExtension.class)
class FxSurfaceFontTest {

    @Start
    void start(Stage stage) {
        // The toolkit is all that is needed, to load fonts.
    }

    @Test
    void theScreenUsesTheBundledTypeface() {
        assertEquals("DejaVu Sans", FxSurface.fontFor(TextStyle.plain(10)).getName());
        assertEquals("DejaVu Sans Bold", FxSurface.fontFor(TextStyle.bold(13)).getName());
        assertEquals(13, FxSurface.fontFor(TextStyle.bold(13)).getSize());
    }

    @Test
    void textMeasuresAlikeOnScreenAndInAnImage() {
        FxSurface screen = new FxSurface(new Canvas(10, 10).getGraphicsContext2D());
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ImageSurface png = new ImageSurface(g);
        for (String text : List.of("Référencement local Google", "Pr 60 · G 30 · Pa 10", "Budget : 2 400 €")) {
            for (TextStyle style : List.of(TextStyle.bold(13), TextStyle.plain(10))) {
                double expected = png.textWidth(text, style);
                // Within 1 %: the same font file, JavaFX rounding its advances to its own grid.
                assertEquals(expected, screen.textWidth(text, style), expected * 0.01, text + " " + style);
            }
        }
        g.dispose();
    }
}
