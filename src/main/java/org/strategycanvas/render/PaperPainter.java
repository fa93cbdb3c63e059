package org.strategycanvas.render;

import java.util.List;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Zone;

/** Draws the paper things of the plan: zones behind everything, and sticky notes. */
final class PaperPainter {

    private static final TextStyle NOTE_TEXT = TextStyle.plain(12);
    private static final TextStyle ZONE_LABEL = TextStyle.bold(14);
    private static final double NOTE_PADDING = 10;
    private static final double NOTE_LINE = 16;

    private PaperPainter() {
    }

    static void zone(Surface s, Zone z, Bounds b, boolean detailed, boolean withLabel) {
        Rgb tone = Palette.tone(z.tone());
        Bounds header = PlanGeometry.headerOf(b);
        s.fillRect(b.x(), b.y(), b.width(), b.height(), tone.withAlpha(0.45));
        s.fillRect(header.x(), header.y(), header.width(), header.height(), tone.mix(Palette.INK, 0.12));
        if (!detailed) {
            return;
        }
        s.strokeRect(b.x(), b.y(), b.width(), b.height(), tone.mix(Palette.INK, 0.3), 1);
        if (withLabel && header.height() >= 24) {
            s.text(TextFit.ellipsize(s, z.label(), ZONE_LABEL, b.width() - 20), b.x() + 10, b.y() + 21, ZONE_LABEL,
                    Palette.INK);
        }
    }

    static void note(Surface s, StickyNote n, Bounds b, boolean detailed, boolean withText) {
        Rgb tone = Palette.tone(n.tone());
        s.fillRect(b.x(), b.y(), b.width(), b.height(), tone);
        if (!detailed) {
            return;
        }
        s.strokeRect(b.x(), b.y(), b.width(), b.height(), tone.mix(Palette.INK, 0.25), 1);
        if (!withText || n.text().isBlank()) {
            return;
        }
        int maxLines = (int) Math.floor((b.height() - 2 * NOTE_PADDING + 4) / NOTE_LINE);
        List<String> lines = TextFit.wrap(s, n.text(), NOTE_TEXT, b.width() - 2 * NOTE_PADDING, maxLines);
        double baseline = b.y() + NOTE_PADDING + 12;
        for (String line : lines) {
            s.text(line, b.x() + NOTE_PADDING, baseline, NOTE_TEXT, Palette.INK);
            baseline += NOTE_LINE;
        }
    }
}
