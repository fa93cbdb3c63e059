package org.strategycanvas.render;

import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Media;

/** The key to the owned / earned / paid bars: a sample of each part with its name and short letter. */
public final class MixLegend {

    private static final TextStyle TEXT = TextStyle.plain(11);
    private static final double PAD = 8;
    private static final double SWATCH = 12;

    private final String[] labels = new String[Media.values().length];

    public MixLegend(Messages messages) {
        for (Media media : Media.values()) {
            labels[media.ordinal()] = messages.get("media." + media.id()) + " ("
                    + messages.get("media." + media.id() + ".short") + ")";
        }
    }

    public double width(Surface s) {
        double width = PAD;
        for (String label : labels) {
            width += SWATCH + 4 + s.textWidth(label, TEXT) + PAD;
        }
        return width;
    }

    public double height() {
        return SWATCH + 2 * PAD;
    }

    /** Draws the legend with its top-left corner at (x, y). */
    public void paint(Surface s, double x, double y) {
        s.fillRoundRect(x, y, width(s), height(), 6, Palette.CARD.withAlpha(0.92));
        s.strokeRoundRect(x, y, width(s), height(), 6, Palette.CARD_BORDER, 1);
        double left = x + PAD;
        for (Media media : Media.values()) {
            MediaBars.swatch(s, media, left, y + PAD, SWATCH, SWATCH);
            String label = labels[media.ordinal()];
            s.text(label, left + SWATCH + 4, y + PAD + SWATCH - 2, TEXT, Palette.INK);
            left += SWATCH + 4 + s.textWidth(label, TEXT) + PAD;
        }
    }
}
