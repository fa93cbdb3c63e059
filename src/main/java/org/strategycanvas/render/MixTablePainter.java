package org.strategycanvas.render;

import java.util.List;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.MediaSplit;

/** A table of mixes, one bar per row with its numbers in words: the plan's mix, overall and by family. */
public final class MixTablePainter {

    public static final double ROW = 22;
    private static final TextStyle TEXT = TextStyle.plain(11);
    private static final TextStyle HEADING = TextStyle.bold(11);

    private final CardTexts texts;
    private final Messages messages;

    public MixTablePainter(Messages messages) {
        this.messages = messages;
        this.texts = new CardTexts(messages);
    }

    public double height(List<MixRow> rows) {
        return rows.size() * ROW;
    }

    public void paint(Surface s, List<MixRow> rows, double x, double y, double width) {
        double labelWidth = Math.min(260, width * 0.4);
        double numbersWidth = s.textWidth(texts.split(new MediaSplit(34, 33, 33)) + "0", TEXT) + 16;
        double barWidth = Math.max(20, width - labelWidth - numbersWidth - 16);
        double top = y;
        for (MixRow row : rows) {
            TextStyle style = row.heading() ? HEADING : TEXT;
            double room = row.heading() && row.split() == null ? width : labelWidth - 6;
            s.text(TextFit.ellipsize(s, row.label(), style, room), x, top + 15, style, Palette.INK);
            double barX = x + labelWidth;
            if (row.split() != null) {
                MediaBars.horizontal(s, row.split(), barX, top + 5, barWidth, 12);
                s.text(texts.split(row.split()), barX + barWidth + 8, top + 15, TEXT, Palette.INK);
            } else if (!row.heading()) {
                s.text(messages.get("plan.mix.none"), barX, top + 15, TEXT, Palette.MUTED_INK);
            }
            top += ROW;
        }
    }
}
