package org.strategycanvas.render;

/**
 * A colour in the OKLab space (Björn Ottosson, 2020): a lightness and two opponent axes, in which changing the
 * lightness keeps the hue as the eye sees it. Used to make a colour lighter or darker without changing what
 * colour it is.
 */
record OkLab(double lightness, double a, double b) {

    /** How far from grey a colour is; family colours are above 0.1, the neutral inks below 0.02. */
    double chroma() {
        return Math.hypot(a, b);
    }

    static OkLab of(Rgb c) {
        double r = Contrast.linear(c.red());
        double g = Contrast.linear(c.green());
        double bl = Contrast.linear(c.blue());
        double l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * bl);
        double m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * bl);
        double s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * bl);
        return new OkLab(0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
                1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
                0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s);
    }

    /** Linear red, green and blue; outside 0..1 when the colour is out of the sRGB gamut. */
    double[] linearRgb() {
        double l = cube(lightness + 0.3963377774 * a + 0.2158037573 * b);
        double m = cube(lightness - 0.1055613458 * a - 0.0638541728 * b);
        double s = cube(lightness - 0.0894841775 * a - 1.2914855480 * b);
        return new double[] {
            4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
            -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
            -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s};
    }

    /** This hue at another lightness, with as much of its chroma as sRGB can show there. */
    double[] atLightness(double newLightness) {
        double[] full = new OkLab(newLightness, a, b).linearRgb();
        if (inGamut(full)) {
            return full;
        }
        double low = 0;
        double high = 1;
        for (int i = 0; i < 24; i++) {
            double mid = (low + high) / 2;
            if (inGamut(new OkLab(newLightness, a * mid, b * mid).linearRgb())) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return new OkLab(newLightness, a * low, b * low).linearRgb();
    }

    /** This hue with the lightness that gives it this WCAG relative luminance (0 to 1). */
    Rgb withLuminance(double luminance, double alpha) {
        double low = 0;
        double high = 1;
        for (int i = 0; i < 32; i++) {
            double mid = (low + high) / 2;
            if (luminanceOf(atLightness(mid)) < luminance) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double[] rgb = atLightness((low + high) / 2);
        return new Rgb(Contrast.encoded(rgb[0]), Contrast.encoded(rgb[1]), Contrast.encoded(rgb[2]), alpha);
    }

    private static double luminanceOf(double[] linear) {
        return 0.2126 * clamp(linear[0]) + 0.7152 * clamp(linear[1]) + 0.0722 * clamp(linear[2]);
    }

    private static boolean inGamut(double[] linear) {
        for (double v : linear) {
            if (v < -1e-7 || v > 1 + 1e-7) {
                return false;
            }
        }
        return true;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double cube(double v) {
        return v * v * v;
    }
}
