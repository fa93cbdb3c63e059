package org.strategycanvas.ui.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.strategycanvas.render.BundledFonts;
import org.strategycanvas.render.ColourLook;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.render.Surface;
import org.strategycanvas.render.TextStyle;

/**
 * A {@link Surface} over a JavaFX canvas, with the bundled typeface. A surface on the window's screen shows the
 * plan's paper colours in the theme's {@link ColourLook}; one that previews paper keeps them.
 */
public final class FxSurface implements Surface {

    private final GraphicsContext gc;
    private final Map<Rgb, Color> colours = new HashMap<>();
    private final Map<TextStyle, Font> fonts = new HashMap<>();
    private final Text measure = new Text();
    private ColourLook look = ColourLook.PAPER;

    public FxSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /** The JavaFX colour of a renderer colour, for views that use the plan's palette. */
    public static Color fx(Rgb rgb) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue(), rgb.alpha());
    }

    /** Shows the paper colours drawn from now on in this look. */
    public void setLook(ColourLook newLook) {
        if (newLook != look) {
            look = newLook;
            colours.clear();
        }
    }

    public ColourLook look() {
        return look;
    }

    private Color colour(Rgb rgb) {
        return colours.computeIfAbsent(rgb, c -> fx(look.apply(c)));
    }

    private Font font(TextStyle style) {
        return fonts.computeIfAbsent(style, FxSurface::fontFor);
    }

    /** The JavaFX font of a text style: the bundled typeface at the style's size and weight. */
    static Font fontFor(TextStyle style) {
        return Faces.of(style.bold(), style.size());
    }

    /**
     * The bundled typeface ({@link BundledFonts}), loaded once: the PDF and image surfaces use the same files,
     * so text measures alike everywhere. Falls back to the default font should the files fail to load.
     */
    private static final class Faces {
        private static final Font REGULAR = load(false);
        private static final Font BOLD = load(true);

        static Font of(boolean bold, double size) {
            Font face = bold ? BOLD : REGULAR;
            if (face == null) {
                return Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
            }
            return new Font(face.getName(), size);
        }

        private static Font load(boolean bold) {
            try (InputStream in = BundledFonts.open(bold)) {
                return Font.loadFont(in, 12);
            } catch (IOException | UncheckedIOException e) {
                return null;
            }
        }
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb fill) {
        gc.setFill(colour(fill));
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Rgb stroke, double lineWidth) {
        stroke(stroke, lineWidth, SOLID);
        gc.strokeRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, Rgb fill) {
        gc.setFill(colour(fill));
        gc.fillRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, Rgb stroke,
                                double lineWidth) {
        stroke(stroke, lineWidth, SOLID);
        gc.strokeRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb stroke, double lineWidth, double[] dashes) {
        stroke(stroke, lineWidth, dashes);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void lines(double[] segments, int count, Rgb stroke, double lineWidth, double[] dashes) {
        if (count == 0) {
            return;
        }
        if (dashes.length == 0 && allAxisAligned(segments, count)) {
            fillAsRects(segments, count, stroke, lineWidth);
            return;
        }
        stroke(stroke, lineWidth, dashes);
        gc.beginPath();
        for (int i = 0; i < count * 4; i += 4) {
            gc.moveTo(segments[i], segments[i + 1]);
            gc.lineTo(segments[i + 2], segments[i + 3]);
        }
        gc.stroke();
        gc.beginPath();
    }

    /**
     * Solid horizontal and vertical lines (the grid) filled as thin rectangles, as the canvas strokes them (square
     * caps): the same picture (no channel differs by more than 2 of 255) two to three times faster in the
     * software pipeline than stroking them as a path.
     */
    private void fillAsRects(double[] segments, int count, Rgb stroke, double lineWidth) {
        gc.setFill(colour(stroke));
        double half = lineWidth / 2;
        for (int i = 0; i < count * 4; i += 4) {
            double x = Math.min(segments[i], segments[i + 2]);
            double y = Math.min(segments[i + 1], segments[i + 3]);
            gc.fillRect(x - half, y - half, Math.abs(segments[i + 2] - segments[i]) + lineWidth,
                    Math.abs(segments[i + 3] - segments[i + 1]) + lineWidth);
        }
    }

    private static boolean allAxisAligned(double[] segments, int count) {
        for (int i = 0; i < count * 4; i += 4) {
            if (segments[i] != segments[i + 2] && segments[i + 1] != segments[i + 3]) {
                return false;
            }
        }
        return true;
    }

    private void stroke(Rgb stroke, double lineWidth, double[] dashes) {
        gc.setStroke(colour(stroke));
        gc.setLineWidth(lineWidth);
        gc.setLineDashes(dashes.length == 0 ? null : dashes);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgb fill) {
        gc.setFill(colour(fill));
        gc.fillPolygon(xs, ys, Math.min(xs.length, ys.length));
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgb fill) {
        gc.setFont(font(style));
        gc.setFill(colour(fill));
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        measure.setFont(font(style));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void icon(String literal, double x, double y, double size, Rgb fill) {
        IconFonts.Glyph glyph = IconFonts.glyph(literal);
        if (glyph == null) {
            return;
        }
        gc.setFont(IconFonts.font(glyph.family(), size));
        gc.setFill(colour(fill));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(glyph.text(), x + size / 2, y + size / 2);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        gc.scale(factor, factor);
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        gc.beginPath();
        gc.rect(x, y, width, height);
        gc.clip();
        gc.beginPath();
    }
}
