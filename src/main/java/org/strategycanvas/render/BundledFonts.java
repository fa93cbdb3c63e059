package org.strategycanvas.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one text typeface of the plan, shipped in the jar (DejaVu Sans regular and bold, licence beside the
 * files): the screen, PDF and PNG surfaces all draw and measure text with it, so they lay out alike on any
 * machine, even one without system fonts.
 */
public final class BundledFonts {

    public static final String FAMILY = "DejaVu Sans";

    private static final String FOLDER = "/org/strategycanvas/render/fonts/";

    private BundledFonts() {
    }

    /** The resource path of the TrueType file of a weight. */
    public static String resource(boolean bold) {
        return FOLDER + (bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");
    }

    /** Opens the TrueType file of a weight; the caller closes it. */
    public static InputStream open(boolean bold) {
        InputStream in = BundledFonts.class.getResourceAsStream(resource(bold));
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing font resource " + resource(bold)));
        }
        return in;
    }
}
