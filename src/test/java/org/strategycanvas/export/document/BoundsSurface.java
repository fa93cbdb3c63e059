package org.strategycanvas.export.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.render.Surface;
import org.strategycanvas.render.TextStyle;

/**
 * A surface that draws nothing and records where each text lands on the sheet, in points, through the
 * translations and scales in force: its box (from its left end to its measured width, from an ascent above
 * the baseline to a descent below) and its size as printed.
 */
final class BoundsSurface implements Surface {

    /** A text as printed: the words, its box on the sheet and its size in points. */
    record Text(String text, double left, double top, double right, double bottom, double size) {
    }

    final List<Text> texts = new ArrayList<>();
    private final TextMeasure measure;
    private final Deque<double[]> saved = new ArrayDeque<>();
    private double dx;
    private double dy;
    private double scale = 1;

    BoundsSurface(TextMeasure measure) {
        this.measure = measure;
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgb fill) {
        if (text.isBlank()) {
            return;
        }
        double width = measure.width(text, style);
        texts.add(new Text(text, dx + x * scale, dy + (y - style.size() * 0.93) * scale,
                dx + (x + width) * scale, dy + (y + style.size() * 0.24) * scale, style.size() * scale));
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return measure.width(text, style);
    }

    @Override
    public void save() {
        saved.push(new double[] {dx, dy, scale});
    }

    @Override
    public void restore() {
        double[] state = saved.pop();
        dx = state[0];
        dy = state[1];
        scale = state[2];
    }

    @Override
    public void translate(double x, double y) {
        dx += x * scale;
        dy += y * scale;
    }

    @Override
    public void scale(double factor) {
        scale *= factor;
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb fill) {
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Rgb stroke, double lineWidth) {
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, Rgb fill) {
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, Rgb stroke,
                                double lineWidth) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb stroke, double lineWidth, double[] dashes) {
    }

    @Override
    public void lines(double[] segments, int count, Rgb stroke, double lineWidth, double[] dashes) {
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgb fill) {
    }

    @Override
    public void icon(String literal, double x, double y, double size, Rgb fill) {
    }
}
