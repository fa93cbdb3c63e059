package org.strategycanvas.render;

/**
 * Where a plan is drawn: the screen, a printer page, a PDF or an image. Coordinates are in the surface's
 * current units, after the transforms set by {@link #translate} and {@link #scale}. Text is placed by its
 * baseline. Implementations keep no state between calls other than the transform and clip stack.
 */
public interface Surface {

    /** No dashes: a solid line. */
    double[] SOLID = new double[0];

    void fillRect(double x, double y, double width, double height, Rgb fill);

    void strokeRect(double x, double y, double width, double height, Rgb stroke, double lineWidth);

    void fillRoundRect(double x, double y, double width, double height, double arc, Rgb fill);

    void strokeRoundRect(double x, double y, double width, double height, double arc, Rgb stroke,
                         double lineWidth);

    /** A straight line; {@code dashes} alternates drawn and skipped lengths, empty for a solid line. */
    void line(double x1, double y1, double x2, double y2, Rgb stroke, double lineWidth, double[] dashes);

    /**
     * Many separate straight lines in one call, all alike: {@code segments} holds x1, y1, x2, y2 for each,
     * and only its first {@code count} segments are drawn. Much cheaper than one call per line on JavaFX.
     */
    void lines(double[] segments, int count, Rgb stroke, double lineWidth, double[] dashes);

    void fillPolygon(double[] xs, double[] ys, Rgb fill);

    /** Draws text with its left end at {@code x} and its baseline at {@code y}. */
    void text(String text, double x, double y, TextStyle style, Rgb fill);

    double textWidth(String text, TextStyle style);

    /** Draws an icon, given by its Ikonli literal ("mdi2w-web"), inside the square at (x, y) of this size. */
    void icon(String literal, double x, double y, double size, Rgb fill);

    void save();

    void restore();

    void translate(double dx, double dy);

    void scale(double factor);

    /** Limits later drawing to this rectangle, until the matching {@link #restore()}. */
    void clipRect(double x, double y, double width, double height);
}
