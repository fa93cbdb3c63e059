package org.strategycanvas.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.strategycanvas.render.BundledFonts;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.render.Surface;
import org.strategycanvas.render.TextStyle;

/**
 * A {@link Surface} over a Java2D graphics context, antialiased, for images (PNG). Needs no display
 * ({@code java.awt.headless=true} is fine). Text is set in the bundled typeface with fractional metrics, and
 * measured without the current transform, so widths match the PDF's and the screen's; icons are the icon
 * font's glyph outlines.
 */
public final class ImageSurface implements Surface {

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final Graphics2D g;
    private final Deque<State> saved = new ArrayDeque<>();
    private final Map<TextStyle, Font> fonts = new HashMap<>();

    /** What {@link #save()} keeps. */
    private record State(AffineTransform transform, Shape clip) {
    }

    public ImageSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private static Color colour(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue(), (int) Math.round(rgb.alpha() * 255));
    }

    private Font font(TextStyle style) {
        return fonts.computeIfAbsent(style, s -> Faces.face(s.bold()).deriveFont((float) s.size()));
    }

    /** The bundled typeface as Java2D fonts, read once. */
    private static final class Faces {
        private static final Font REGULAR = load(false);
        private static final Font BOLD = load(true);

        static Font face(boolean bold) {
            return bold ? BOLD : REGULAR;
        }

        private static Font load(boolean bold) {
            try (InputStream in = BundledFonts.open(bold)) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("the bundled font cannot be read", e);
            }
        }
    }

    private void stroke(Rgb colour, double lineWidth, double[] dashes) {
        g.setColor(colour(colour));
        float[] pattern = null;
        if (dashes.length > 0) {
            pattern = new float[dashes.length];
            for (int i = 0; i < dashes.length; i++) {
                pattern[i] = (float) dashes[i];
            }
        }
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10,
                pattern, 0));
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb fill) {
        g.setColor(colour(fill));
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Rgb stroke, double lineWidth) {
        stroke(stroke, lineWidth, SOLID);
        g.draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, Rgb fill) {
        g.setColor(colour(fill));
        g.fill(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, Rgb stroke,
                                double lineWidth) {
        stroke(stroke, lineWidth, SOLID);
        g.draw(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb stroke, double lineWidth, double[] dashes) {
        stroke(stroke, lineWidth, dashes);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void lines(double[] segments, int count, Rgb stroke, double lineWidth, double[] dashes) {
        if (count == 0) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < count * 4; i += 4) {
            path.moveTo(segments[i], segments[i + 1]);
            path.lineTo(segments[i + 2], segments[i + 3]);
        }
        stroke(stroke, lineWidth, dashes);
        g.draw(path);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgb fill) {
        int n = Math.min(xs.length, ys.length);
        if (n < 3) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        g.setColor(colour(fill));
        g.fill(path);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgb fill) {
        String drawable = drawable(text, font(style));
        if (drawable.isEmpty()) {
            return;
        }
        g.setFont(font(style));
        g.setColor(colour(fill));
        g.drawString(drawable, (float) x, (float) y);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        Font font = font(style);
        return font.getStringBounds(drawable(text, font), MEASURE).getWidth();
    }

    /** Control characters become spaces and characters the typeface lacks "?", as in the PDF. */
    private static String drawable(String text, Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (!font.canDisplay(cp)) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    @Override
    public void icon(String literal, double x, double y, double size, Rgb fill) {
        IconOutlines.placed(literal, x, y, size).ifPresent(shape -> {
            g.setColor(colour(fill));
            g.fill(shape);
        });
    }

    @Override
    public void save() {
        saved.push(new State(g.getTransform(), g.getClip()));
    }

    @Override
    public void restore() {
        State state = saved.pop();
        g.setTransform(state.transform());
        g.setClip(state.clip());
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        g.scale(factor, factor);
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }
}
