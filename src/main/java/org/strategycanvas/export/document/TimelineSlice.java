package org.strategycanvas.export.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.render.Surface;
import org.strategycanvas.render.TextStyle;
import org.strategycanvas.render.TimelineGeometry;
import org.strategycanvas.render.TimelineGeometry.Column;

/**
 * Some weeks of the timeline as a table: a header with the months and the weeks (their dates from the
 * {@link TimelineGeometry}), repeated on each page, then one row per action running in those weeks, its title
 * and its touchpoint written whole on the left and its bar on the right in its family's colour, a diamond at
 * the start of a milestone. Rows are never cut by a page break.
 */
final class TimelineSlice implements Block {

    /** An action and what its row says about it; {@code family} null when it is on no touchpoint. */
    record Entry(Action action, String title, String detail, Family family) {
    }

    static final Rgb NO_TOUCHPOINT = Rgb.hex(0x9AA0A6);
    private static final double HEADER_LINE = 16;
    private static final double PAD = 4;
    private static final double BAR = 10;

    private final TimelineGeometry geometry;
    private final TimelineSection.Slice slice;
    private final List<Entry> entries;
    private final double labelWidth;
    private final double weekWidth;
    private final String actionsTitle;
    private final String nothing;

    TimelineSlice(TimelineGeometry geometry, TimelineSection.Slice slice, List<Entry> entries, double labelWidth,
                  double weekWidth, String actionsTitle, String nothing) {
        this.geometry = geometry;
        this.slice = slice;
        this.entries = List.copyOf(entries);
        this.labelWidth = labelWidth;
        this.weekWidth = weekWidth;
        this.actionsTitle = actionsTitle;
        this.nothing = nothing;
    }

    private double chartWidth() {
        return slice.weeks() * weekWidth;
    }

    /** Where a date falls across the slice's chart, from the chart's left edge (the end of the title column). */
    private double xOf(LocalDate date) {
        LocalDate from = geometry.planStart().plusWeeks(slice.first());
        return (geometry.xOf(date) - geometry.xOf(from)) / geometry.scale().pixelsPerWeek() * weekWidth;
    }

    @Override
    public Laid lay(TextMeasure measure, double width, double pageHeight) {
        List<Piece> rows = new ArrayList<>();
        double textWidth = labelWidth - 2 * PAD;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            List<String> title = Wrap.lines(measure, e.title(), DocStyle.CELL_BOLD, textWidth);
            List<String> detail = Wrap.lines(measure, e.detail(), DocStyle.CELL, textWidth - 10);
            rows.add(new Row(e, title, detail, i % 2 == 1));
        }
        if (rows.isEmpty()) {
            rows.add(TextLines.of(List.of(nothing), DocStyle.CELL, Palette.MUTED_INK, PAD));
        }
        return new Laid(DocStyle.PARAGRAPH_GAP, new Header(measure), rows, false, false);
    }

    private void weekLines(Surface s, double x, double top, double bottom, Rgb colour) {
        for (int k = 0; k <= slice.weeks(); k++) {
            double lx = x + labelWidth + k * weekWidth;
            s.line(lx, top, lx, bottom, colour, 0.5, Surface.SOLID);
        }
    }

    /** The months over the weeks, each labelled where it fits; the title column's name on the left. */
    final class Header implements Piece {
        private final TextMeasure measure;

        Header(TextMeasure measure) {
            this.measure = measure;
        }

        @Override
        public double height() {
            return 2 * HEADER_LINE;
        }

        @Override
        public void draw(Surface s, double x, double y) {
            double chartLeft = x + labelWidth;
            s.fillRect(x, y, labelWidth + chartWidth(), height(), DocStyle.HEADER_FILL);
            s.text(actionsTitle, x + PAD, y + HEADER_LINE + 12, DocStyle.CELL_BOLD, Palette.INK);
            for (Column month : visible(geometry.bands())) {
                double left = Math.max(0, xOf(month.first()));
                double right = Math.min(chartWidth(), xOf(month.end()));
                s.line(chartLeft + left, y, chartLeft + left, y + HEADER_LINE, Palette.CARD_BORDER, 0.6,
                        Surface.SOLID);
                label(s, month.label(), DocStyle.CELL_BOLD, chartLeft + left, right - left, y + 12);
            }
            for (int k = slice.first(); k < slice.end(); k++) {
                Column week = geometry.columns().get(k);
                double left = xOf(week.first());
                label(s, week.label(), DocStyle.CELL, chartLeft + left, weekWidth, y + HEADER_LINE + 12);
            }
            weekLines(s, x, y + HEADER_LINE, y + height(), Palette.CARD_BORDER);
            s.line(x, y + HEADER_LINE, x + labelWidth + chartWidth(), y + HEADER_LINE, Palette.GRID, 0.6,
                    Surface.SOLID);
            s.line(x, y + height(), x + labelWidth + chartWidth(), y + height(), Palette.INK, 0.8, Surface.SOLID);
        }

        /** A label in its span, left out when it does not fit whole (the slice's heading names the months). */
        private void label(Surface s, String text, TextStyle style, double left, double room, double baseline) {
            if (measure.width(text, style) <= room - 2 * 3) {
                s.text(text, left + 3, baseline, style, Palette.INK);
            }
        }

        private List<Column> visible(List<Column> columns) {
            return columns.stream().filter(c -> xOf(c.end()) > 0 && xOf(c.first()) < chartWidth()).toList();
        }

        @Override
        public List<String> texts() {
            List<String> texts = new ArrayList<>();
            texts.add(actionsTitle);
            for (int k = slice.first(); k < slice.end(); k++) {
                texts.add(geometry.columns().get(k).label());
            }
            return texts;
        }
    }

    /** One action: its title and touchpoint whole on the left, its bar across the weeks on the right. */
    final class Row implements Piece {
        private final Entry entry;
        private final List<String> title;
        private final List<String> detail;
        private final boolean shaded;

        Row(Entry entry, List<String> title, List<String> detail, boolean shaded) {
            this.entry = entry;
            this.title = title;
            this.detail = detail;
            this.shaded = shaded;
        }

        Action action() {
            return entry.action();
        }

        @Override
        public double height() {
            return 2 * PAD + (title.size() + detail.size()) * DocStyle.leading(DocStyle.CELL);
        }

        @Override
        public void draw(Surface s, double x, double y) {
            double height = height();
            double right = x + labelWidth + chartWidth();
            if (shaded) {
                s.fillRect(x, y, right - x, height, DocStyle.ROW_SHADE);
            }
            weekLines(s, x, y, y + height, Palette.GRID);
            double top = y + PAD;
            double leading = DocStyle.leading(DocStyle.CELL);
            for (String line : title) {
                s.text(line, x + PAD, top + DocStyle.CELL.size(), DocStyle.CELL_BOLD, Palette.INK);
                top += leading;
            }
            Rgb colour = entry.family() == null ? NO_TOUCHPOINT : Palette.family(entry.family());
            s.fillRect(x + PAD, top + 2, 7, 7, colour);
            for (String line : detail) {
                s.text(line, x + PAD + 10, top + DocStyle.CELL.size(), DocStyle.CELL, Palette.MUTED_INK);
                top += leading;
            }
            bar(s, x + labelWidth, y + height / 2, colour);
            s.line(x, y + height, right, y + height, Palette.GRID, 0.6, Surface.SOLID);
        }

        /** The part of the bar inside the slice; a milestone's diamond where it starts, if that is inside. */
        private void bar(Surface s, double chartLeft, double middle, Rgb colour) {
            Action a = entry.action();
            LocalDate start = geometry.planStart().plusWeeks(a.startWeek());
            double from = Math.max(0, xOf(start));
            double to = Math.min(chartWidth(), xOf(geometry.planStart().plusWeeks(a.endWeek())));
            double thickness = a.milestone() ? BAR / 3 : BAR;
            s.fillRoundRect(chartLeft + from + 1, middle - thickness / 2, Math.max(1, to - from - 2), thickness, 3,
                    colour);
            double at = xOf(start);
            if (a.milestone() && at >= 0 && at < chartWidth()) {
                double half = BAR * 0.7;
                double cx = chartLeft + at + 1 + half;
                s.fillPolygon(new double[] {cx - half, cx, cx + half, cx},
                        new double[] {middle, middle - half, middle, middle + half}, colour);
                double[] outline = {cx - half, middle, cx, middle - half, cx, middle - half, cx + half, middle,
                        cx + half, middle, cx, middle + half, cx, middle + half, cx - half, middle};
                s.lines(outline, 4, Palette.INK, 0.8, Surface.SOLID);
            }
        }

        @Override
        public List<String> texts() {
            List<String> texts = new ArrayList<>(title);
            texts.addAll(detail);
            return texts;
        }
    }
}
