package org.strategycanvas.render;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.render.TimelineGeometry.Column;

/**
 * The timeline of the plan's actions: the dates on top, one row per action with its title and touchpoint
 * on the left, and its bar coloured by the touchpoint's family (grey with no touchpoint); a milestone also
 * gets a diamond at its start. The titles and the dates stay in place while the chart scrolls under them.
 * The touchpoint is written under each title, so the colours are never the only clue.
 */
public final class TimelinePainter {

    /** The sizes the screen uses; the printed plan may choose others. */
    public static final TimelineGeometry.Layout LAYOUT = new TimelineGeometry.Layout(220, 52, 36);

    static final Rgb TODAY = Rgb.hex(0xCF222E);
    static final Rgb NO_TOUCHPOINT = Rgb.hex(0x9AA0A6);
    static final Rgb SHADE = Rgb.hex(0xF3F5F7);
    static final Rgb HEADER = Rgb.hex(0xEAEEF2);
    private static final double TODAY_STRIP = 14;
    private static final double PAD = 10;
    private static final TextStyle TITLE = TextStyle.plain(12);
    private static final TextStyle SMALL = TextStyle.plain(10);
    private static final TextStyle DATE = TextStyle.plain(11);
    private static final TextStyle BAND = TextStyle.bold(11);

    /** The part of the timeline to draw: its top-left corner (how far it is scrolled) and its size. */
    public record Window(double scrollX, double scrollY, double width, double height) {

        /** The whole timeline, unscrolled, as for printing. */
        public static Window whole(TimelineGeometry g) {
            return new Window(0, 0, g.width(), g.height());
        }
    }

    private final Messages messages;

    public TimelinePainter(Messages messages) {
        this.messages = messages;
    }

    /** Paints the timeline inside (0, 0, width, height) of the surface. */
    public void paint(Surface s, TimelineGeometry g, Project project, Set<String> selected, LocalDate today,
                      Window w) {
        Map<String, Touchpoint> touchpoints = new HashMap<>();
        project.touchpoints().forEach(t -> touchpoints.put(t.id(), t));
        double label = g.layout().labelWidth();
        double header = g.layout().headerHeight();
        s.fillRect(0, 0, w.width(), w.height(), Palette.CARD);

        s.save();
        s.clipRect(0, header, w.width(), Math.max(0, w.height() - header));
        s.translate(0, -w.scrollY());
        rowShading(s, g, selected, w);
        s.save();
        s.clipRect(label, w.scrollY(), Math.max(0, w.width() - label), w.height());
        s.translate(-w.scrollX(), 0);
        grid(s, g, w);
        bars(s, g, touchpoints, selected, w);
        todayLine(s, g, today, w.scrollY() + header, w.scrollY() + w.height());
        s.restore();
        titles(s, g, touchpoints, w);
        s.restore();

        s.save();
        s.clipRect(label, 0, Math.max(0, w.width() - label), header);
        s.translate(-w.scrollX(), 0);
        header(s, g, today, w);
        s.restore();

        s.fillRect(0, 0, label, header, HEADER);
        s.text(messages.get("timeline.actionsColumn"), PAD, header - TODAY_STRIP - 6, BAND, Palette.INK);
        s.line(label, 0, label, w.height(), Palette.CARD_BORDER, 1, Surface.SOLID);
        s.line(0, header, w.width(), header, Palette.CARD_BORDER, 1, Surface.SOLID);
        if (g.actions().isEmpty()) {
            s.text(messages.get("timeline.empty"), label + PAD, header + 24, TITLE, Palette.MUTED_INK);
        }
    }

    private static int firstVisibleRow(TimelineGeometry g, Window w) {
        return Math.max(0, (int) Math.floor(w.scrollY() / g.layout().rowHeight()));
    }

    private static int lastVisibleRow(TimelineGeometry g, Window w) {
        double rows = (w.scrollY() + w.height() - g.layout().headerHeight()) / g.layout().rowHeight();
        return Math.min(g.actions().size() - 1, (int) Math.ceil(rows));
    }

    private void rowShading(Surface s, TimelineGeometry g, Set<String> selected, Window w) {
        double rowHeight = g.layout().rowHeight();
        for (int row = firstVisibleRow(g, w); row <= lastVisibleRow(g, w); row++) {
            double top = g.rowTop(row);
            if (selected.contains(g.actions().get(row).id())) {
                s.fillRect(0, top, w.width(), rowHeight, Palette.SELECTION.withAlpha(0.12));
            } else if (row % 2 == 1) {
                s.fillRect(0, top, w.width(), rowHeight, SHADE);
            }
        }
    }

    /** A line at each column's start, darker at each month's start on the week scale. */
    private static void grid(Surface s, TimelineGeometry g, Window w) {
        double top = w.scrollY() + g.layout().headerHeight();
        double bottom = w.scrollY() + w.height();
        for (Column c : visible(g.columns(), w, g)) {
            s.line(c.x(), top, c.x(), bottom, Palette.GRID, 1, Surface.SOLID);
        }
        for (Column band : visible(g.bands(), w, g)) {
            s.line(band.x(), top, band.x(), bottom, Palette.CARD_BORDER, 1, Surface.SOLID);
        }
    }

    private void bars(Surface s, TimelineGeometry g, Map<String, Touchpoint> touchpoints, Set<String> selected,
                      Window w) {
        for (int row = firstVisibleRow(g, w); row <= lastVisibleRow(g, w); row++) {
            Action a = g.actions().get(row);
            Touchpoint t = a.touchpointId() == null ? null : touchpoints.get(a.touchpointId());
            Rgb colour = t == null ? NO_TOUCHPOINT : Palette.family(t.family());
            Bounds bar = g.bar(row);
            boolean isSelected = selected.contains(a.id());
            if (a.milestone()) {
                double thin = bar.height() / 3;
                s.fillRect(bar.x(), bar.centerY() - thin / 2, bar.width(), thin, colour.withAlpha(0.7));
                double[][] d = g.diamond(row);
                s.fillPolygon(d[0], d[1], colour);
                outline(s, d, isSelected ? Palette.SELECTION : Palette.INK, isSelected ? 2 : 1);
            } else {
                s.fillRoundRect(bar.x(), bar.y(), bar.width(), bar.height(), 6, colour);
                if (isSelected) {
                    s.strokeRoundRect(bar.x() - 2, bar.y() - 2, bar.width() + 4, bar.height() + 4, 8,
                            Palette.SELECTION, 2);
                }
            }
        }
    }

    private static void outline(Surface s, double[][] d, Rgb colour, double lineWidth) {
        double[] segments = new double[16];
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            segments[i * 4] = d[0][i];
            segments[i * 4 + 1] = d[1][i];
            segments[i * 4 + 2] = d[0][j];
            segments[i * 4 + 3] = d[1][j];
        }
        s.lines(segments, 4, colour, lineWidth, Surface.SOLID);
    }

    private static void todayLine(Surface s, TimelineGeometry g, LocalDate today, double top, double bottom) {
        if (!today.isBefore(g.planStart()) && today.isBefore(g.end())) {
            s.fillRect(g.xOf(today) - 1, top, 2, bottom - top, TODAY);
        }
    }

    /** Each row's title, and under it the touchpoint's colour and name. */
    private void titles(Surface s, TimelineGeometry g, Map<String, Touchpoint> touchpoints, Window w) {
        double width = g.layout().labelWidth() - 2 * PAD;
        for (int row = firstVisibleRow(g, w); row <= lastVisibleRow(g, w); row++) {
            Action a = g.actions().get(row);
            double top = g.rowTop(row);
            String title = a.title().isBlank() ? messages.get("timeline.untitled") : a.title();
            s.text(TextFit.ellipsize(s, title, TITLE, width), PAD, top + 15, TITLE, Palette.INK);
            Touchpoint t = a.touchpointId() == null ? null : touchpoints.get(a.touchpointId());
            s.fillRect(PAD, top + 22, 8, 8, t == null ? NO_TOUCHPOINT : Palette.family(t.family()));
            String name = t == null ? messages.get("timeline.noTouchpoint") : touchpointName(t);
            s.text(TextFit.ellipsize(s, name, SMALL, width - 13), PAD + 13, top + 30, SMALL, Palette.MUTED_INK);
        }
    }

    private String touchpointName(Touchpoint t) {
        return t.label().isBlank() ? messages.get("type." + t.type().id()) : t.label();
    }

    /** Months over weeks (or months alone), then the strip that names today's line. */
    private void header(Surface s, TimelineGeometry g, LocalDate today, Window w) {
        double header = g.layout().headerHeight();
        double dates = header - TODAY_STRIP;
        s.fillRect(w.scrollX(), 0, w.width(), header, HEADER);
        List<Column> bands = g.bands();
        double columnTop = bands.isEmpty() ? 0 : dates / 2;
        for (Column band : visible(bands, w, g)) {
            s.line(band.x(), 0, band.x(), columnTop, Palette.CARD_BORDER, 1, Surface.SOLID);
            label(s, band, BAND, columnTop - 6, g, w);
        }
        for (Column c : visible(g.columns(), w, g)) {
            s.line(c.x(), columnTop, c.x(), dates, Palette.CARD_BORDER, 1, Surface.SOLID);
            label(s, c, DATE, (columnTop + dates) / 2 + 5, g, w);
        }
        s.line(w.scrollX(), dates, w.scrollX() + w.width(), dates, Palette.GRID, 1, Surface.SOLID);
        if (!today.isBefore(g.planStart()) && today.isBefore(g.end())) {
            double x = g.xOf(today);
            s.fillRect(x - 1, dates, 2, TODAY_STRIP, TODAY);
            s.text(messages.get("timeline.today"), x + 4, header - 3, SMALL, TODAY);
        }
    }

    /**
     * A column's label at its left, cut to its width (or left out when not a letter fits); a column cut by
     * the left of the view keeps its label in sight while it has room.
     */
    private static void label(Surface s, Column c, TextStyle style, double baseline, TimelineGeometry g,
                              Window w) {
        double left = Math.max(c.x(), w.scrollX() + g.layout().labelWidth()) + 4;
        double room = c.x() + c.width() - left - 4;
        String text = TextFit.ellipsize(s, c.label(), style, room);
        if (!text.equals(TextFit.ELLIPSIS)) {
            s.text(text, left, baseline, style, Palette.INK);
        }
    }

    /** The columns that meet the chart's visible part. */
    private static List<Column> visible(List<Column> columns, Window w, TimelineGeometry g) {
        double from = w.scrollX() + g.layout().labelWidth();
        double to = w.scrollX() + w.width();
        return columns.stream().filter(c -> c.x() + c.width() >= from && c.x() <= to).toList();
    }
}
