package org.strategycanvas.export.document;

import org.strategycanvas.render.Rgb;
import org.strategycanvas.render.TextStyle;

/** The document's type sizes, spacing and tints, in points. Body text is never under 9 pt. */
final class DocStyle {

    static final TextStyle COVER_TITLE = TextStyle.bold(26);
    static final TextStyle H1 = TextStyle.bold(18);
    static final TextStyle H2 = TextStyle.bold(13);
    static final TextStyle H3 = TextStyle.bold(11);
    static final TextStyle BODY = TextStyle.plain(10);
    static final TextStyle BODY_BOLD = TextStyle.bold(10);
    static final TextStyle CELL = TextStyle.plain(9);
    static final TextStyle CELL_BOLD = TextStyle.bold(9);
    static final TextStyle RUNNING = TextStyle.plain(9);

    /** Line height as a multiple of the type size. */
    static final double LEADING = 1.3;
    /** The baseline below a line's top, as a multiple of the type size. */
    static final double BASELINE = 1.0;

    static final double CELL_PAD_X = 4;
    static final double CELL_PAD_Y = 3.5;
    static final double PARAGRAPH_GAP = 6;
    static final double BLOCK_GAP = 10;

    static final Rgb HEADER_FILL = Rgb.hex(0xEAEEF2);
    static final Rgb ROW_SHADE = Rgb.hex(0xF6F8FA);
    static final Rgb GROUP_FILL = Rgb.hex(0xF0F3F6);
    static final Rgb RULE = Rgb.hex(0x0072B2);

    private DocStyle() {
    }

    static double leading(TextStyle style) {
        return style.size() * LEADING;
    }
}
