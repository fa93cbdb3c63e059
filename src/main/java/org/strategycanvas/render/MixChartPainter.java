package org.strategycanvas.render;

import java.util.List;
import org.strategycanvas.i18n.Messages;

/**
 * The mix over time: for each period, the planned mix as a wide stacked column and the target as a narrow
 * one beside it; the phases above; periods whose gap is too wide marked with "!" and a frame, so the
 * warning does not rely on colour.
 */
public final class MixChartPainter {

    public static final double AXIS = 36;
    private static final double PHASE_BAND = 30;
    private static final double LABELS = 18;
    private static final TextStyle SMALL = TextStyle.plain(10);
    private static final TextStyle BOLD = TextStyle.bold(11);
    private static final Rgb NO_DATA = Rgb.hex(0xE4E7EB);

    private final Messages messages;

    public MixChartPainter(Messages messages) {
        this.messages = messages;
    }

    /** The period under an x coordinate of a chart drawn at {@code x} with this width, or -1. */
    public static int columnAt(double pointX, double x, double width, int columns) {
        double slot = (width - AXIS) / Math.max(1, columns);
        int index = (int) Math.floor((pointX - x - AXIS) / slot);
        return pointX < x + AXIS || index >= columns ? -1 : index;
    }

    public void paint(Surface s, List<MixChartColumn> columns, double x, double y, double width, double height) {
        double top = y + PHASE_BAND;
        double plotHeight = Math.max(10, height - PHASE_BAND - LABELS);
        double slot = (width - AXIS) / Math.max(1, columns.size());
        axis(s, x, top, width, plotHeight);
        int labelEvery = Math.max(1, (int) Math.ceil(40 / slot));
        for (int i = 0; i < columns.size(); i++) {
            MixChartColumn c = columns.get(i);
            double left = x + AXIS + i * slot;
            double planWidth = Math.max(2, slot * 0.5);
            double targetWidth = Math.max(2, slot * 0.22);
            double planX = left + slot * 0.12;
            double targetX = planX + planWidth + Math.max(1, slot * 0.06);
            if (c.planned() != null) {
                MediaBars.vertical(s, c.planned(), planX, top, planWidth, plotHeight);
            } else {
                s.fillRect(planX, top, planWidth, plotHeight, NO_DATA);
            }
            if (c.target() != null) {
                MediaBars.vertical(s, c.target(), targetX, top, targetWidth, plotHeight);
                s.strokeRect(targetX, top, targetWidth, plotHeight, Palette.INK, 1);
            }
            if (c.flagged()) {
                s.strokeRect(left + 1, top - 1, slot - 2, plotHeight + 2, Palette.INK, 2);
                s.text("!", left + slot / 2 - 2, top - 3, BOLD, Palette.INK);
            }
            if (i % labelEvery == 0) {
                s.text(TextFit.ellipsize(s, c.label(), SMALL, slot * labelEvery - 2), left + 2,
                        top + plotHeight + 13, SMALL, Palette.MUTED_INK);
            }
        }
        phases(s, columns, x + AXIS, y, slot);
    }

    private void axis(Surface s, double x, double top, double width, double plotHeight) {
        for (int percent = 0; percent <= 100; percent += 25) {
            double ly = top + plotHeight - plotHeight * percent / 100.0;
            s.line(x + AXIS - 4, ly, x + width, ly, Palette.GRID, 1, Surface.SOLID);
            String label = messages.get("chart.percent", percent);
            s.text(label, x + AXIS - 6 - s.textWidth(label, SMALL), ly + 3, SMALL, Palette.MUTED_INK);
        }
    }

    /** Each run of periods with the same phase gets its name above it, between two ticks. */
    private void phases(Surface s, List<MixChartColumn> columns, double left, double y, double slot) {
        int start = 0;
        for (int i = 1; i <= columns.size(); i++) {
            String phase = columns.get(start).phase();
            if (i == columns.size() || !same(phase, columns.get(i).phase())) {
                if (phase != null) {
                    double x1 = left + start * slot;
                    double x2 = left + i * slot;
                    s.line(x1 + 1, y + 14, x2 - 1, y + 14, Palette.MUTED_INK, 1, Surface.SOLID);
                    s.line(x1 + 1, y + 10, x1 + 1, y + 18, Palette.MUTED_INK, 1, Surface.SOLID);
                    s.line(x2 - 1, y + 10, x2 - 1, y + 18, Palette.MUTED_INK, 1, Surface.SOLID);
                    String name = TextFit.ellipsize(s, phase, BOLD, x2 - x1 - 8);
                    double w = s.textWidth(name, BOLD);
                    s.fillRect(x1 + (x2 - x1 - w) / 2 - 3, y, w + 6, 14, Palette.CARD);
                    s.text(name, x1 + (x2 - x1 - w) / 2, y + 11, BOLD, Palette.INK);
                }
                start = i;
            }
        }
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
