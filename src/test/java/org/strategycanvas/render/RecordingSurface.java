package org.strategycanvas.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A surface that draws nothing and remembers what it was asked to draw. Text widths are estimated from the
 * number of characters, so layouts are deterministic.
 */
public final class RecordingSurface implements Surface {

    public final List<String> texts = new ArrayList<>();
    /** How each text was set, parallel to {@link #texts}. */
    public final List<TextStyle> textStyles = new ArrayList<>();
    public final List<String> icons = new ArrayList<>();
    /** The dash pattern of every line drawn, one entry per line even when lines come in batches. */
    public final List<double[]> lineDashes = new ArrayList<>();
    /** The colour of every line, parallel to {@link #lineDashes}. */
    public final List<Rgb> lineColours = new ArrayList<>();
    /** Every filled rectangle, in order. */
    public final List<Fill> fills = new ArrayList<>();
    /** Every stroked rounded rectangle and its colour, in order. */
    public final List<Fill> roundStrokes = new ArrayList<>();
    /** Every segment of every batch of lines: x1, y1, x2, y2. */
    public final List<double[]> segments = new ArrayList<>();
    /** Every filled polygon's corners: its xs, then its ys. */
    public final List<double[][]> polygonCorners = new ArrayList<>();
    public int rects;
    public int polygons;
    private int depth;

    /** A filled rectangle and its colour. */
    public record Fill(double x, double y, double width, double height, Rgb colour) {
    }

    public static double estimatedWidth(String text, TextStyle style) {
        return text.length() * style.size() * 0.55;
    }

    /**
     * The dash patterns of the lines that are not white: white lines are the stripes and partings of the
     * media bars, drawn over colour.
     */
    public List<double[]> dashesOfColouredLines() {
        List<double[]> result = new ArrayList<>();
        for (int i = 0; i < lineDashes.size(); i++) {
            Rgb c = lineColours.get(i);
            if (!(c.red() == 255 && c.green() == 255 && c.blue() == 255)) {
                result.add(lineDashes.get(i));
            }
        }
        return result;
    }

    public int shapes() {
        return rects + polygons + lineDashes.size();
    }

    public boolean balanced() {
        return depth == 0;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb fill) {
        rects++;
        fills.add(new Fill(x, y, width, height, fill));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Rgb stroke, double lineWidth) {
        rects++;
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, Rgb fill) {
        rects++;
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, Rgb stroke,
                                double lineWidth) {
        rects++;
        roundStrokes.add(new Fill(x, y, width, height, stroke));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb stroke, double lineWidth, double[] dashes) {
        lineDashes.add(dashes);
        lineColours.add(stroke);
    }

    @Override
    public void lines(double[] segments, int count, Rgb stroke, double lineWidth, double[] dashes) {
        for (int i = 0; i < count; i++) {
            lineDashes.add(dashes);
            lineColours.add(stroke);
            this.segments.add(java.util.Arrays.copyOfRange(segments, i * 4, i * 4 + 4));
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgb fill) {
        polygons++;
        polygonCorners.add(new double[][] {xs.clone(), ys.clone()});
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgb fill) {
        texts.add(text);
        textStyles.add(style);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return estimatedWidth(text, style);
    }

    @Override
    public void icon(String literal, double x, double y, double size, Rgb fill) {
        icons.add(literal);
    }

    @Override
    public void save() {
        depth++;
    }

    @Override
    public void restore() {
        depth--;
    }

    @Override
    public void translate(double dx, double dy) {
    }

    @Override
    public void scale(double factor) {
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
    }
}
