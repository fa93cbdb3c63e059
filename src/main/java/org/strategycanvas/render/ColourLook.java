package org.strategycanvas.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the plan's colours show on a screen. The painters draw in paper colours ({@link Palette}); a screen in a
 * dark or projector theme turns them into this look as it draws, so that the printed plan, the PDF and the PNG
 * always keep the paper's colours while the window follows its theme.
 *
 * <ul>
 * <li>{@link #PAPER}: the colours as printed.</li>
 * <li>{@link #DARK}: each colour's luminance is turned over about the dark sheet, keeping its hue (in OKLab):
 * white paper becomes the dark sheet, black ink becomes white. The turn is chosen so that the WCAG contrast
 * ratio between any two colours stays what it was on paper: text that reads on paper reads the same in the
 * dark, and two family colours that can be told apart on paper still can.</li>
 * <li>{@link #HIGH_CONTRAST}: for a projector theme: the greys of text, lines and borders are deepened (their
 * contrast with white raised to the power 1.5) so that they survive a washed-out projector; the pale greys (the
 * surfaces the plan is drawn on, the grid) and the colours stay.</li>
 * </ul>
 */
public enum ColourLook {
    PAPER, DARK, HIGH_CONTRAST;

    /** The dark sheet under the plan in the dark look: paper white becomes this (the dark theme's panels). */
    public static final Rgb DARK_SHEET = Rgb.hex(0x161B22);

    /** Whiter than white on paper, so pure black comes out white rather than a pale grey. */
    private static final double TURN = (Contrast.luminance(DARK_SHEET) + 0.05) * 1.05;
    private static final OkLab SHEET_TINT = OkLab.of(DARK_SHEET);
    /** Below this OKLab chroma a colour counts as a grey; above twice as much, fully as a colour. */
    private static final double GREY = 0.02;
    private static final double DEEPEN = 1.5;
    /**
     * Greys lighter than this are surfaces (paper, headers, shaded rows) or the faint grid, not ink: deepening them
     * would dim the text on them, and a heavier grid would compete with the plan.
     */
    private static final double SURFACE = 0.6;

    private final Map<Rgb, Rgb> cache = new ConcurrentHashMap<>();

    /** The colour to show for this paper colour; its opacity is kept. */
    public Rgb apply(Rgb paper) {
        if (this == PAPER) {
            return paper;
        }
        return cache.computeIfAbsent(paper, this::turn);
    }

    private Rgb turn(Rgb paper) {
        OkLab lab = OkLab.of(paper);
        double luminance = Contrast.luminance(paper);
        double greyness = Math.max(0, Math.min(1, 2 - lab.chroma() / GREY));
        if (this == DARK) {
            // (Y' + 0.05) (Y + 0.05) = TURN: a ratio (Y1 + 0.05) / (Y2 + 0.05) comes out the same, upside down.
            double target = Math.min(1, Math.max(0, TURN / (luminance + 0.05) - 0.05));
            // Greys take the dark sheet's blue-grey hue, as the dark theme's panels do.
            OkLab tinted = new OkLab(lab.lightness(), mix(lab.a(), SHEET_TINT.a(), greyness),
                    mix(lab.b(), SHEET_TINT.b(), greyness));
            return tinted.withLuminance(target, paper.alpha());
        }
        if (greyness == 0 || luminance > SURFACE) {
            return paper;
        }
        double deepened = Math.min(21, Math.pow(1.05 / (luminance + 0.05), DEEPEN));
        double target = mix(luminance, 1.05 / deepened - 0.05, greyness);
        return lab.withLuminance(Math.max(0, target), paper.alpha());
    }

    private static double mix(double from, double to, double amount) {
        return from + (to - from) * amount;
    }
}
