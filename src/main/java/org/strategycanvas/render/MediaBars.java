package org.strategycanvas.render;

import org.strategycanvas.model.Media;
import org.strategycanvas.model.MediaSplit;

/**
 * Owned, earned and paid as a bar in three parts, the same on cards, legends and charts. Colour is not
 * the only cue: earned is striped and the parts are parted by a thin gap, so the bar still reads on a
 * black-and-white print.
 */
public final class MediaBars {

    private static final double STRIPE_GAP = 4;
    private static final Rgb STRIPE = Rgb.WHITE.withAlpha(0.55);

    private MediaBars() {
    }

    public static Rgb colour(Media media) {
        switch (media) {
            case OWNED:
                return Palette.OWNED;
            case EARNED:
                return Palette.EARNED;
            default:
                return Palette.PAID;
        }
    }

    /** A horizontal bar, owned on the left. */
    public static void horizontal(Surface s, MediaSplit split, double x, double y, double width, double height) {
        double left = x;
        for (Media media : Media.values()) {
            double w = width * split.get(media) / 100.0;
            if (w > 0) {
                swatch(s, media, left, y, w, height);
                left += w;
            }
        }
        separators(s, split, x, y, width, height, true);
    }

    /** A vertical column, owned at the bottom. */
    public static void vertical(Surface s, MediaSplit split, double x, double y, double width, double height) {
        double bottom = y + height;
        for (Media media : Media.values()) {
            double h = height * split.get(media) / 100.0;
            if (h > 0) {
                swatch(s, media, x, bottom - h, width, h);
                bottom -= h;
            }
        }
        separators(s, split, x, y, width, height, false);
    }

    /** One part, in its colour and pattern; also the legend's sample. */
    public static void swatch(Surface s, Media media, double x, double y, double width, double height) {
        s.fillRect(x, y, width, height, colour(media));
        if (media == Media.EARNED) {
            stripes(s, x, y, width, height);
        }
    }

    private static void separators(Surface s, MediaSplit split, double x, double y, double width, double height,
                                   boolean horizontal) {
        double at = 0;
        for (Media media : new Media[] {Media.OWNED, Media.EARNED}) {
            at += split.get(media);
            if (at > 0 && at < 100 && split.get(media) > 0) {
                if (horizontal) {
                    double sx = x + width * at / 100.0;
                    s.line(sx, y, sx, y + height, Rgb.WHITE, 1, Surface.SOLID);
                } else {
                    double sy = y + height - height * at / 100.0;
                    s.line(x, sy, x + width, sy, Rgb.WHITE, 1, Surface.SOLID);
                }
            }
        }
    }

    /** Diagonal stripes ("/") inside the rectangle, cut to its edges without a clip. */
    private static void stripes(Surface s, double x, double y, double width, double height) {
        int count = (int) Math.ceil((width + height) / STRIPE_GAP);
        double[] segments = new double[count * 4];
        int n = 0;
        for (double k = STRIPE_GAP - height; k < width; k += STRIPE_GAP) {
            double x1 = x + k;
            double y1 = y + height;
            double x2 = x + k + height;
            double y2 = y;
            if (x1 < x) {
                y1 -= x - x1;
                x1 = x;
            }
            if (x2 > x + width) {
                y2 += x2 - (x + width);
                x2 = x + width;
            }
            if (n < count && x2 > x1) {
                segments[n * 4] = x1;
                segments[n * 4 + 1] = y1;
                segments[n * 4 + 2] = x2;
                segments[n * 4 + 3] = y2;
                n++;
            }
        }
        s.lines(segments, n, STRIPE, 1, Surface.SOLID);
    }
}
