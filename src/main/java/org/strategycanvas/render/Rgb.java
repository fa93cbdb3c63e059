package org.strategycanvas.render;

/** A colour: red, green and blue from 0 to 255 and an opacity from 0 to 1. */
public record Rgb(int red, int green, int blue, double alpha) {

    public static final Rgb BLACK = hex(0x000000);
    public static final Rgb WHITE = hex(0xFFFFFF);

    public Rgb {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channels go from 0 to 255");
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha goes from 0 to 1");
        }
    }

    /** An opaque colour from 0xRRGGBB. */
    public static Rgb hex(int rgb) {
        return new Rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 1);
    }

    public Rgb withAlpha(double newAlpha) {
        return new Rgb(red, green, blue, newAlpha);
    }

    /** This colour mixed with another; {@code amount} 0 keeps this one, 1 gives the other. */
    public Rgb mix(Rgb other, double amount) {
        return new Rgb(channel(red, other.red, amount), channel(green, other.green, amount),
                channel(blue, other.blue, amount), alpha + (other.alpha - alpha) * amount);
    }

    private static int channel(int from, int to, double amount) {
        return (int) Math.round(from + (to - from) * amount);
    }
}
