package org.strategycanvas.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.plan.Action;

/**
 * Where the timeline puts things, in its own units (pixels on screen): a column of action titles on the
 * left ({@code labelWidth} wide), a header with the dates on top ({@code headerHeight} high), then one row
 * per action, in the plan's order. Time runs from the plan start at {@code x = labelWidth + LEAD} (a little
 * room for a milestone's diamond in the first week), a fixed width per day, so that any date has an x.
 * Plan week {@code k} starts {@code 7 k} days after the plan start.
 */
public final class TimelineGeometry {

    /** How wide a day is: weeks to read the detail, months to see the whole plan at once. */
    public enum Scale {
        WEEK(12),
        MONTH(4);

        private final double pixelsPerDay;

        Scale(double pixelsPerDay) {
            this.pixelsPerDay = pixelsPerDay;
        }

        public double pixelsPerDay() {
            return pixelsPerDay;
        }

        public double pixelsPerWeek() {
            return 7 * pixelsPerDay;
        }
    }

    /** The sizes that do not depend on time. */
    public record Layout(double labelWidth, double headerHeight, double rowHeight) {
    }

    /** What a point is over, in an action's row: the row only, the bar (move it) or its right edge (resize it). */
    public enum Part { ROW, BODY, RIGHT_EDGE }

    /** The action under a point, its row and the part of it. */
    public record Hit(int row, Action action, Part part) {
    }

    /** A span of the header: its first day, the day after its last, where it is drawn and what it says. */
    public record Column(LocalDate first, LocalDate end, double x, double width, String label) {
    }

    /** The room between the titles and the plan's first day. */
    public static final double LEAD = 12;
    /** How far outside and inside a bar's right end the resize grip reaches. */
    static final double EDGE = 5;
    /** The free space above and below a bar in its row, as a share of the row height. */
    private static final double BAR_MARGIN = 0.24;
    /** Weeks shown after the last action or the plan's end. */
    static final int MARGIN_WEEKS = 4;

    private final List<Action> actions;
    private final LocalDate planStart;
    private final int weeks;
    private final Scale scale;
    private final Layout layout;
    private final DateTimeFormatter weekLabel;
    private final DateTimeFormatter monthLabel;

    public TimelineGeometry(List<Action> actions, LocalDate planStart, int weeks, Scale scale, Layout layout,
                            Messages messages) {
        this.actions = List.copyOf(actions);
        this.planStart = Objects.requireNonNull(planStart, "planStart");
        this.weeks = Math.max(1, weeks);
        this.scale = Objects.requireNonNull(scale, "scale");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.weekLabel = DateTimeFormatter.ofPattern(messages.get("timeline.weekPattern"), messages.locale());
        this.monthLabel = DateTimeFormatter.ofPattern(messages.get("timeline.monthPattern"), messages.locale());
    }

    /**
     * How many weeks the time axis covers: up to the plan's end, the end of the last action and the week of
     * today (when the plan has started), whichever is last, and then {@link #MARGIN_WEEKS} more.
     */
    public static int weeksToShow(List<Action> actions, LocalDate planStart, LocalDate planEnd, LocalDate today) {
        long last = Math.max(0, weekOf(planStart, planEnd) + 1);
        for (Action a : actions) {
            last = Math.max(last, a.endWeek());
        }
        if (!today.isBefore(planStart)) {
            last = Math.max(last, weekOf(planStart, today) + 1);
        }
        return (int) Math.min(Integer.MAX_VALUE - MARGIN_WEEKS, last) + MARGIN_WEEKS;
    }

    /** The plan week a date falls in: whole weeks since the plan start, rounded down (negative before it). */
    public static int weekOf(LocalDate planStart, LocalDate date) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(planStart, date), 7L);
    }

    /** The Monday inside plan week {@code week}: its first day when the plan starts on a Monday. */
    public static LocalDate mondayOf(LocalDate planStart, int week) {
        return planStart.plusWeeks(week).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    public List<Action> actions() {
        return actions;
    }

    public LocalDate planStart() {
        return planStart;
    }

    public Scale scale() {
        return scale;
    }

    public Layout layout() {
        return layout;
    }

    public int weeks() {
        return weeks;
    }

    /** The day after the last one on the axis. */
    public LocalDate end() {
        return planStart.plusWeeks(weeks);
    }

    public double width() {
        return origin() + weeks * scale.pixelsPerWeek();
    }

    public double height() {
        return layout.headerHeight() + actions.size() * layout.rowHeight();
    }

    /** The x where the plan's first day begins. */
    public double origin() {
        return layout.labelWidth() + LEAD;
    }

    /** The x where a day begins. */
    public double xOf(LocalDate date) {
        return origin() + ChronoUnit.DAYS.between(planStart, date) * scale.pixelsPerDay();
    }

    /** The day under an x. */
    public LocalDate dateAt(double x) {
        return planStart.plusDays((long) Math.floor((x - origin()) / scale.pixelsPerDay()));
    }

    /** Whole weeks for a horizontal distance, to the nearest. */
    public int weeksFor(double dx) {
        return (int) Math.round(dx / scale.pixelsPerWeek());
    }

    public double rowTop(int row) {
        return layout.headerHeight() + row * layout.rowHeight();
    }

    /** The row under a y, or -1 above the rows or below the last. */
    public int rowAt(double y) {
        if (y < layout.headerHeight()) {
            return -1;
        }
        int row = (int) Math.floor((y - layout.headerHeight()) / layout.rowHeight());
        return row < actions.size() ? row : -1;
    }

    /** The bar of the action in a row: from its first day to the day after its last. */
    public Bounds bar(int row) {
        Action a = actions.get(row);
        double margin = layout.rowHeight() * BAR_MARGIN;
        return new Bounds(xOf(planStart.plusWeeks(a.startWeek())), rowTop(row) + margin,
                a.durationWeeks() * scale.pixelsPerWeek(), layout.rowHeight() - 2 * margin);
    }

    /** A milestone's diamond, centred on the left end of its bar: x and y of its left, top, right, bottom. */
    public double[][] diamond(int row) {
        Bounds bar = bar(row);
        double half = diamondHalf();
        double cx = bar.x();
        double cy = bar.centerY();
        return new double[][] {{cx - half, cx, cx + half, cx}, {cy, cy - half, cy, cy + half}};
    }

    private double diamondHalf() {
        return layout.rowHeight() * (0.5 - BAR_MARGIN) + 2;
    }

    /** What is under a point: nothing outside the rows, else the row's action and which part of it. */
    public Optional<Hit> hit(double x, double y) {
        int row = rowAt(y);
        if (row < 0 || x < layout.labelWidth()) {
            return row < 0 ? Optional.empty() : Optional.of(new Hit(row, actions.get(row), Part.ROW));
        }
        Bounds bar = bar(row);
        double grip = Math.min(EDGE, bar.width() / 3);
        boolean level = y >= bar.y() && y <= bar.maxY();
        Part part = Part.ROW;
        if (level && x >= bar.maxX() - grip && x <= bar.maxX() + EDGE) {
            part = Part.RIGHT_EDGE;
        } else if (level && x >= bar.x() && x < bar.maxX() - grip) {
            part = Part.BODY;
        } else if (actions.get(row).milestone()
                && Math.abs(x - bar.x()) + Math.abs(y - bar.centerY()) <= diamondHalf()) {
            part = Part.BODY;
        }
        return Optional.of(new Hit(row, actions.get(row), part));
    }

    /**
     * The header's columns: weeks labelled with their Monday ("Jan 5", "5 janv.") on the week scale, calendar
     * months ("Jan 2026", "janv. 2026") on the month scale, cut at both ends of the axis.
     */
    public List<Column> columns() {
        if (scale == Scale.MONTH) {
            return months();
        }
        List<Column> columns = new ArrayList<>(weeks);
        for (int k = 0; k < weeks; k++) {
            LocalDate first = planStart.plusWeeks(k);
            columns.add(new Column(first, first.plusWeeks(1), xOf(first), scale.pixelsPerWeek(),
                    weekLabel.format(mondayOf(planStart, k))));
        }
        return columns;
    }

    /** The months above the week columns on the week scale; none on the month scale. */
    public List<Column> bands() {
        return scale == Scale.WEEK ? months() : List.of();
    }

    private List<Column> months() {
        List<Column> months = new ArrayList<>();
        LocalDate end = end();
        LocalDate first = planStart;
        while (first.isBefore(end)) {
            LocalDate next = first.withDayOfMonth(1).plusMonths(1);
            LocalDate stop = next.isBefore(end) ? next : end;
            months.add(new Column(first, stop, xOf(first), xOf(stop) - xOf(first), monthLabel.format(first)));
            first = stop;
        }
        return months;
    }
}
