package org.strategycanvas.export;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.render.Surface;
import org.strategycanvas.render.TextStyle;

/**
 * A {@link Surface} over one PDF page: vector shapes, and real text in the bundled typeface (embedded,
 * selectable, measured from the font's metrics). Units start as points with the origin at the page's
 * top-left corner and y downwards, like the screen; the PDF's own y-up space is flipped once here. Lines
 * end with square caps and meet in mitres, as on JavaFX and Java2D. Icons are filled glyph outlines.
 */
public final class PdfSurface implements Surface {

    private static final double KAPPA = 0.5522847498; // Bézier handle length of a quarter circle, per radius

    private final PDPageContentStream cs;
    private final PdfFonts fonts;
    private final Map<Double, PDExtendedGraphicsState> opacities = new HashMap<>();

    PdfSurface(PDPageContentStream cs, PdfFonts fonts, double pageHeight) {
        this.cs = cs;
        this.fonts = fonts;
        run(() -> {
            cs.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight));
            cs.setLineCapStyle(2);
            cs.setLineJoinStyle(0);
            cs.setMiterLimit(10);
        });
    }

    /** A drawing step that may fail on writing the page. */
    private interface Step {
        void run() throws IOException;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float f(double v) {
        return (float) v;
    }

    /** Runs a fill or stroke in the colour; a translucent one inside its own graphics state. */
    private void paint(Rgb colour, boolean stroke, Step draw) {
        run(() -> {
            boolean translucent = colour.alpha() < 1;
            if (translucent) {
                cs.saveGraphicsState();
                cs.setGraphicsStateParameters(opacity(colour.alpha()));
            }
            float r = colour.red() / 255f;
            float g = colour.green() / 255f;
            float b = colour.blue() / 255f;
            if (stroke) {
                cs.setStrokingColor(r, g, b);
            } else {
                cs.setNonStrokingColor(r, g, b);
            }
            draw.run();
            if (translucent) {
                cs.restoreGraphicsState();
            }
        });
    }

    private PDExtendedGraphicsState opacity(double alpha) {
        return opacities.computeIfAbsent(alpha, a -> {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            state.setNonStrokingAlphaConstant(a.floatValue());
            state.setStrokingAlphaConstant(a.floatValue());
            return state;
        });
    }

    private void strokeStyle(double lineWidth, double[] dashes) throws IOException {
        cs.setLineWidth(f(lineWidth));
        float[] pattern = new float[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            pattern[i] = f(dashes[i]);
        }
        cs.setLineDashPattern(pattern, 0);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb fill) {
        paint(fill, false, () -> {
            cs.addRect(f(x), f(y), f(width), f(height));
            cs.fill();
        });
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Rgb stroke, double lineWidth) {
        paint(stroke, true, () -> {
            strokeStyle(lineWidth, SOLID);
            cs.addRect(f(x), f(y), f(width), f(height));
            cs.stroke();
        });
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, Rgb fill) {
        paint(fill, false, () -> {
            roundRect(x, y, width, height, arc);
            cs.fill();
        });
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, Rgb stroke,
                                double lineWidth) {
        paint(stroke, true, () -> {
            strokeStyle(lineWidth, SOLID);
            roundRect(x, y, width, height, arc);
            cs.stroke();
        });
    }

    /** A rectangle with quarter-circle corners; {@code arc} is the corner's diameter, as on JavaFX. */
    private void roundRect(double x, double y, double w, double h, double arc) throws IOException {
        double r = Math.max(0, Math.min(arc / 2, Math.min(w, h) / 2));
        double k = r * KAPPA;
        double right = x + w;
        double bottom = y + h;
        cs.moveTo(f(x + r), f(y));
        cs.lineTo(f(right - r), f(y));
        cs.curveTo(f(right - r + k), f(y), f(right), f(y + r - k), f(right), f(y + r));
        cs.lineTo(f(right), f(bottom - r));
        cs.curveTo(f(right), f(bottom - r + k), f(right - r + k), f(bottom), f(right - r), f(bottom));
        cs.lineTo(f(x + r), f(bottom));
        cs.curveTo(f(x + r - k), f(bottom), f(x), f(bottom - r + k), f(x), f(bottom - r));
        cs.lineTo(f(x), f(y + r));
        cs.curveTo(f(x), f(y + r - k), f(x + r - k), f(y), f(x + r), f(y));
        cs.closePath();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb stroke, double lineWidth, double[] dashes) {
        lines(new double[] {x1, y1, x2, y2}, 1, stroke, lineWidth, dashes);
    }

    @Override
    public void lines(double[] segments, int count, Rgb stroke, double lineWidth, double[] dashes) {
        if (count == 0) {
            return;
        }
        paint(stroke, true, () -> {
            strokeStyle(lineWidth, dashes);
            for (int i = 0; i < count * 4; i += 4) {
                cs.moveTo(f(segments[i]), f(segments[i + 1]));
                cs.lineTo(f(segments[i + 2]), f(segments[i + 3]));
            }
            cs.stroke();
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgb fill) {
        int n = Math.min(xs.length, ys.length);
        if (n < 3) {
            return;
        }
        paint(fill, false, () -> {
            cs.moveTo(f(xs[0]), f(ys[0]));
            for (int i = 1; i < n; i++) {
                cs.lineTo(f(xs[i]), f(ys[i]));
            }
            cs.closePath();
            cs.fill();
        });
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgb fill) {
        String drawable = fonts.drawable(text, style);
        if (drawable.isEmpty()) {
            return;
        }
        paint(fill, false, () -> {
            cs.beginText();
            cs.setFont(fonts.font(style), f(style.size()));
            // The page is flipped (y down); the text matrix flips the glyphs back upright.
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, f(x), f(y)));
            cs.showText(drawable);
            cs.endText();
        });
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        try {
            return fonts.width(fonts.drawable(text, style), style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void icon(String literal, double x, double y, double size, Rgb fill) {
        IconOutlines.placed(literal, x, y, size).ifPresent(shape -> paint(fill, false, () -> {
            path(shape);
            cs.fill();
        }));
    }

    /** Writes a Java2D shape as a PDF path; quadratic curves become the equivalent cubic ones. */
    private void path(Shape shape) throws IOException {
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO:
                    cs.moveTo(f(c[0]), f(c[1]));
                    lastX = c[0];
                    lastY = c[1];
                    break;
                case PathIterator.SEG_LINETO:
                    cs.lineTo(f(c[0]), f(c[1]));
                    lastX = c[0];
                    lastY = c[1];
                    break;
                case PathIterator.SEG_QUADTO:
                    cs.curveTo(f(lastX + 2 * (c[0] - lastX) / 3), f(lastY + 2 * (c[1] - lastY) / 3),
                            f(c[2] + 2 * (c[0] - c[2]) / 3), f(c[3] + 2 * (c[1] - c[3]) / 3), f(c[2]), f(c[3]));
                    lastX = c[2];
                    lastY = c[3];
                    break;
                case PathIterator.SEG_CUBICTO:
                    cs.curveTo(f(c[0]), f(c[1]), f(c[2]), f(c[3]), f(c[4]), f(c[5]));
                    lastX = c[4];
                    lastY = c[5];
                    break;
                default:
                    cs.closePath();
                    break;
            }
        }
    }

    @Override
    public void save() {
        run(cs::saveGraphicsState);
    }

    @Override
    public void restore() {
        run(cs::restoreGraphicsState);
    }

    @Override
    public void translate(double dx, double dy) {
        run(() -> cs.transform(Matrix.getTranslateInstance(f(dx), f(dy))));
    }

    @Override
    public void scale(double factor) {
        run(() -> cs.transform(Matrix.getScaleInstance(f(factor), f(factor))));
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        run(() -> {
            cs.addRect(f(x), f(y), f(width), f(height));
            cs.clip();
        });
    }
}
