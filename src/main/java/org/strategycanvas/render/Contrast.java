package org.strategycanvas.render;

/** WCAG 2 relative luminance and contrast ratio: 4.5 is the least for body text, 3 for large text and shapes. */
public final class Contrast {

    /** The least contrast ratio for body text (WCAG 2, level AA). */
    public static final double BODY_TEXT = 4.5;

    private Contrast() {
    }

    /** The relative luminance of an opaque colour, from 0 (black) to 1 (white); the opacity is ignored. */
    public static double luminance(Rgb c) {
        return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
    }

    /** The contrast ratio of two colours, from 1 (the same luminance) to 21 (black and white). */
    public static double ratio(Rgb a, Rgb b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A channel from 0..255 in sRGB to linear light from 0 to 1. */
    static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Linear light from 0 to 1 back to a 0..255 sRGB channel. */
    static int encoded(double linear) {
        double v = Math.max(0, Math.min(1, linear));
        double c = v <= 0.0031308 ? v * 12.92 : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        return (int) Math.round(c * 255);
    }
}
