package org.strategycanvas.faults;

import org.strategycanvas.render.Rgb;
import org.strategycanvas.render.Surface;
import org.strategycanvas.render.TextStyle;

/** A surface that draws nothing and keeps nothing, only counts the calls: drawing a plan costs its work only. */
final class CountingSurface implements Surface {

    long calls;

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb fill) {
        calls++;
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Rgb stroke, double lineWidth) {
        calls++;
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, Rgb fill) {
        calls++;
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, Rgb stroke,
                                double lineWidth) {
        calls++;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb stroke, double lineWidth, double[] dashes) {
        calls++;
    }

    @Override
    public void lines(double[] segments, int count, Rgb stroke, double lineWidth, double[] dashes) {
        calls++;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgb fill) {
        calls++;
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgb fill) {
        calls++;
    }

    /** About half an em a character, as the tests' recording surface says. */
    @Override
    public double textWidth(String text, TextStyle style) {
        return text.length() * style.size() * 0.55;
    }

    @Override
    public void icon(String literal, double x, double y, double size, Rgb fill) {
        calls++;
    }

    @Override
    public void save() {
    }

    @Override
    public void restore() {
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
