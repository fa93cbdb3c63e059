package org.strategycanvas.render;

import java.math.BigDecimal;
import java.util.List;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.Zone;

/**
 * The projector's look of cards, zones and notes: black on white, thick borders and family bands, and no text
 * smaller on screen than the style's minimum. A card keeps what a room reads from afar: its label, on as many
 * lines as fit, and its mix as a bar (the legend names the colours); the mix in words and the budget come
 * only when there is room left for them at that size.
 */
final class ProjectorPainter {

    static final Rgb BACKGROUND = Rgb.WHITE;
    static final Rgb INK = Rgb.BLACK;
    static final Rgb MUTED_INK = Rgb.hex(0x24292F);
    static final Rgb LINK = Rgb.hex(0x24292F);

    /** Smallest sizes in world units, when zoomed in far enough that the screen minimum does not bite. */
    private static final double TITLE = 15;
    private static final double BODY = 12;
    private static final double ZONE_LABEL = 18;
    /** Line spacing, and the room below the last baseline, as parts of the text size. */
    private static final double LEADING = 1.12;
    private static final double DESCENT = 0.24;
    private static final double ASCENT = 0.9;
    private static final double ARC = 10;
    private static final double BAND = 8;
    private static final double PAD = 6;

    private final CardTexts texts;

    ProjectorPainter(CardTexts texts) {
        this.texts = texts;
    }

    void touchpoint(Surface s, Touchpoint t, BigDecimal budget, Bounds b, String currency, RenderView view) {
        double px = 1 / view.scale();
        s.fillRoundRect(b.x(), b.y(), b.width(), b.height(), ARC, Palette.family(t.family()));
        s.fillRoundRect(b.x() + BAND, b.y(), b.width() - BAND, b.height(), ARC, Rgb.WHITE);
        s.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), ARC, INK, 2 * px);
        double left = b.x() + BAND + PAD;
        double width = b.maxX() - PAD - left;
        double barHeight = Math.max(8, 10 * px);
        double barY = b.maxY() - PAD - barHeight;
        MediaBars.horizontal(s, t.split(), left, barY, width, barHeight);
        Column column = new Column(s, left, b.y() + PAD, width, barY - 2 * px);
        if (!t.id().equals(view.renaming())) {
            column.wrapped(t.label(), TextStyle.bold(view.style().textSize(TITLE, view.scale())), INK);
        }
        TextStyle body = TextStyle.plain(view.style().textSize(BODY, view.scale()));
        column.lineIfFits(texts.split(t.split()), body, INK);
        if (budget.signum() > 0) {
            column.lineIfFits(texts.budget(budget, currency), body, INK);
        }
    }

    void objective(Surface s, Objective o, Bounds b, RenderView view) {
        double px = 1 / view.scale();
        s.fillRoundRect(b.x(), b.y(), b.width(), b.height(), ARC, Rgb.WHITE);
        s.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), ARC, INK, 3 * px);
        double left = b.x() + 2 * PAD;
        Column column = new Column(s, left, b.y() + PAD, b.maxX() - 2 * PAD - left, b.maxY() - PAD);
        if (!o.id().equals(view.renaming())) {
            column.wrapped(o.title(), TextStyle.bold(view.style().textSize(TITLE, view.scale())), INK);
        }
        TextStyle body = TextStyle.plain(view.style().textSize(BODY, view.scale()));
        column.lineIfFits(texts.kpi(o), body, INK);
        column.lineIfFits(texts.deadline(o.deadline()), body, MUTED_INK);
    }

    void zone(Surface s, Zone z, Bounds b, RenderView view) {
        double px = 1 / view.scale();
        Rgb tone = Palette.tone(z.tone());
        TextStyle label = TextStyle.bold(view.style().textSize(ZONE_LABEL, view.scale()));
        double header = Math.min(b.height(), Math.max(PlanGeometry.ZONE_HEADER, label.size() * 1.5));
        s.fillRect(b.x(), b.y(), b.width(), b.height(), tone.withAlpha(0.7));
        s.fillRect(b.x(), b.y(), b.width(), header, tone.mix(INK, 0.15));
        s.strokeRect(b.x(), b.y(), b.width(), b.height(), tone.mix(INK, 0.5), 2 * px);
        if (!z.id().equals(view.renaming()) && header >= label.size() * (1 + DESCENT)) {
            double baseline = b.y() + (header + label.size() * (ASCENT - DESCENT)) / 2;
            s.text(TextFit.ellipsize(s, z.label(), label, b.width() - 2 * PAD - 4), b.x() + PAD + 4, baseline,
                    label, INK);
        }
    }

    void note(Surface s, StickyNote n, Bounds b, RenderView view) {
        Rgb tone = Palette.tone(n.tone());
        s.fillRect(b.x(), b.y(), b.width(), b.height(), tone);
        s.strokeRect(b.x(), b.y(), b.width(), b.height(), tone.mix(INK, 0.5), 2 / view.scale());
        if (!n.id().equals(view.renaming()) && !n.text().isBlank()) {
            new Column(s, b.x() + PAD + 2, b.y() + PAD, b.width() - 2 * PAD - 4, b.maxY() - PAD)
                    .wrapped(n.text(), TextStyle.plain(view.style().textSize(BODY + 1, view.scale())), INK);
        }
    }

    /** Lines of text set one under another from a top edge, as long as they fit above a bottom edge. */
    private static final class Column {
        private final Surface s;
        private final double left;
        private final double width;
        private final double bottom;
        private double top;

        Column(Surface s, double left, double top, double width, double bottom) {
            this.s = s;
            this.left = left;
            this.top = top;
            this.width = width;
            this.bottom = bottom;
        }

        /** How many lines of this size fit in what is left. */
        private int room(TextStyle style) {
            double first = style.size() * (ASCENT + DESCENT);
            double left = bottom - top;
            return left < first ? 0 : 1 + (int) Math.floor((left - first) / (style.size() * LEADING));
        }

        void wrapped(String text, TextStyle style, Rgb ink) {
            List<String> lines = TextFit.wrap(s, text, style, width, room(style));
            for (String line : lines) {
                s.text(line, left, top + style.size() * ASCENT, style, ink);
                top += style.size() * LEADING;
            }
        }

        /** One line, drawn only when it fits whole: a cut number would mislead. */
        void lineIfFits(String text, TextStyle style, Rgb ink) {
            if (room(style) > 0 && s.textWidth(text, style) <= width) {
                s.text(text, left, top + style.size() * ASCENT, style, ink);
                top += style.size() * LEADING;
            }
        }
    }
}
