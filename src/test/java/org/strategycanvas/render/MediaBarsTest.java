package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.MediaSplit;

class MediaBarsTest {

    @Test
    void aHorizontalBarHasOnePartPerShareInOrder() {
        RecordingSurface s = new RecordingSurface();
        MediaBars.horizontal(s, new MediaSplit(60, 30, 10), 0, 0, 200, 10);
        List<RecordingSurface.Fill> parts = s.fills;
        assertEquals(3, parts.size());
        assertEquals(new RecordingSurface.Fill(0, 0, 120, 10, Palette.OWNED), parts.get(0));
        assertEquals(new RecordingSurface.Fill(120, 0, 60, 10, Palette.EARNED), parts.get(1));
        assertEquals(new RecordingSurface.Fill(180, 0, 20, 10, Palette.PAID), parts.get(2));
    }

    @Test
    void earnedIsStripedWithinItsOwnPart() {
        RecordingSurface s = new RecordingSurface();
        MediaBars.horizontal(s, new MediaSplit(60, 30, 10), 0, 0, 200, 10);
        assertFalse(s.segments.isEmpty(), "the earned part carries stripes");
        for (double[] seg : s.segments) {
            for (int i = 0; i < 4; i += 2) {
                assertTrue(seg[i] >= 120 - 1e-9 && seg[i] <= 180 + 1e-9, "x inside earned: " + seg[i]);
                assertTrue(seg[i + 1] >= -1e-9 && seg[i + 1] <= 10 + 1e-9, "y inside the bar: " + seg[i + 1]);
            }
        }
    }

    @Test
    void aVerticalColumnHasOwnedAtTheBottom() {
        RecordingSurface s = new RecordingSurface();
        MediaBars.vertical(s, new MediaSplit(50, 0, 50), 0, 0, 10, 100);
        assertEquals(2, s.fills.size(), "no part for a zero share");
        assertEquals(new RecordingSurface.Fill(0, 50, 10, 50, Palette.OWNED), s.fills.get(0));
        assertEquals(new RecordingSurface.Fill(0, 0, 10, 50, Palette.PAID), s.fills.get(1));
        assertTrue(s.segments.isEmpty());
    }

    @Test
    void theLegendNamesEachPartWithItsLetter() {
        RecordingSurface s = new RecordingSurface();
        new MixLegend(new Messages(java.util.Locale.FRENCH)).paint(s, 0, 0);
        assertEquals(List.of("Propre (Pr)", "Gagné (G)", "Payé (Pa)"), s.texts);
    }

    @Test
    void chartColumnsAreFoundUnderThePointer() {
        // 12 columns across 36 (axis) + 600 px: 50 px each.
        assertEquals(-1, MixChartPainter.columnAt(30, 0, 636, 12));
        assertEquals(0, MixChartPainter.columnAt(37, 0, 636, 12));
        assertEquals(2, MixChartPainter.columnAt(36 + 100 + 1, 0, 636, 12));
        assertEquals(11, MixChartPainter.columnAt(635, 0, 636, 12));
        assertEquals(-1, MixChartPainter.columnAt(637, 0, 636, 12));
    }

    @Test
    void aFlaggedPeriodIsMarkedWithoutColour() {
        RecordingSurface s = new RecordingSurface();
        List<MixChartColumn> columns = List.of(
                new MixChartColumn("Jan", "Launch", new MediaSplit(40, 20, 40), new MediaSplit(40, 20, 40), 0, false),
                new MixChartColumn("Feb", "Launch", new MediaSplit(40, 20, 40), new MediaSplit(80, 10, 10), 40, true),
                new MixChartColumn("Mar", null, null, null, 0, false));
        new MixChartPainter(new Messages(java.util.Locale.ENGLISH)).paint(s, columns, 0, 0, 336, 200);
        assertEquals(1, s.texts.stream().filter("!"::equals).count(), "one warning mark");
        assertTrue(s.texts.contains("Launch"), "the phase is named once over its periods");
        assertEquals(1, s.texts.stream().filter("Launch"::equals).count());
        assertTrue(s.texts.containsAll(List.of("Jan", "Feb", "Mar", "0 %", "100 %")), s.texts.toString());
    }
}
