package org.strategycanvas.render;

import org.strategycanvas.model.Family;
import org.strategycanvas.model.Tone;

/**
 * The plan's colours. Families and media use the Okabe–Ito palette, which people with the common
 * colour-vision deficiencies can still tell apart; the cards also say in words what the colours say.
 */
public final class Palette {

    public static final Rgb INK = Rgb.hex(0x1F2328);
    public static final Rgb MUTED_INK = Rgb.hex(0x57606A);
    public static final Rgb CARD = Rgb.hex(0xFFFFFF);
    public static final Rgb CARD_BORDER = Rgb.hex(0xB6BCC4);
    public static final Rgb OBJECTIVE_BORDER = Rgb.hex(0x1F2328);
    public static final Rgb BACKGROUND = Rgb.hex(0xF6F7F9);
    public static final Rgb GRID = Rgb.hex(0xD8DCE1);
    public static final Rgb LINK = Rgb.hex(0x57606A);
    public static final Rgb SELECTION = Rgb.hex(0x0072B2);
    public static final Rgb HOVER = Rgb.hex(0x56B4E9);

    public static final Rgb OWNED = Rgb.hex(0x0072B2);
    public static final Rgb EARNED = Rgb.hex(0x009E73);
    public static final Rgb PAID = Rgb.hex(0xD55E00);

    private Palette() {
    }

    public static Rgb family(Family family) {
        switch (family) {
            case WEB:
                return Rgb.hex(0x0072B2);
            case MOBILE:
                return Rgb.hex(0xCC79A7);
            case SOCIAL:
                return Rgb.hex(0x56B4E9);
            case EMAIL:
                return Rgb.hex(0x009E73);
            case ADVERTISING:
                return Rgb.hex(0xD55E00);
            default:
                return Rgb.hex(0xE69F00);
        }
    }

    /** The paper colour of a sticky note or a zone. */
    public static Rgb tone(Tone tone) {
        switch (tone) {
            case YELLOW:
                return Rgb.hex(0xFFF1A8);
            case PINK:
                return Rgb.hex(0xF8D3E4);
            case BLUE:
                return Rgb.hex(0xCFE6F7);
            case GREEN:
                return Rgb.hex(0xCDEFDF);
            default:
                return Rgb.hex(0xE3E6EA);
        }
    }
}
