package org.strategycanvas.export.document;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.render.TimelineGeometry;
import org.strategycanvas.render.TimelinePainter;

/**
 * The timeline spread over pages by month: the plan's weeks, from its start to the end of its last action,
 * grouped by the month they start in, and as many whole months put side by side as fit the page's width
 * with a week at least {@link #MIN_WEEK} points wide (one month per slice on A4 portrait, usually two or
 * three in landscape). Each slice lists the actions that run in it, titles whole, under a header of months
 * and weeks repeated on each page. All slices share one week width, so the bars compare from page to page.
 */
final class TimelineSection {

    /** The narrowest week: room for its date ("30 Mar", "30 mars") at 9 pt. */
    static final double MIN_WEEK = 44;
    /** The widest week, so that a short plan is not stretched across the page. */
    static final double MAX_WEEK = 110;

    private final Messages messages;
    private final DocumentTexts texts;

    TimelineSection(Messages messages, DocumentTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    /** A run of plan weeks printed together: from {@code first} to {@code end}, exclusive. */
    record Slice(int first, int end) {
        int weeks() {
            return end - first;
        }
    }

    static double labelWidth(double width) {
        return Math.min(200, Math.max(130, width * 0.3));
    }

    List<Block> blocks(Project project, double width) {
        List<Action> actions = project.actions();
        if (actions.isEmpty()) {
            return List.of();
        }
        LocalDate start = project.info().planStart();
        int weeks = actions.stream().mapToInt(Action::endWeek).max().orElse(1);
        TimelineGeometry geometry = new TimelineGeometry(actions, start, weeks, TimelineGeometry.Scale.WEEK,
                TimelinePainter.LAYOUT, messages);
        double labelWidth = labelWidth(width);
        int perSlice = Math.max(1, (int) Math.floor((width - labelWidth) / MIN_WEEK));
        List<Slice> slices = slices(start, weeks, perSlice);
        int widest = slices.stream().mapToInt(Slice::weeks).max().orElse(1);
        double weekWidth = Math.min(MAX_WEEK, (width - labelWidth) / widest);
        Map<String, Touchpoint> touchpoints = new HashMap<>();
        project.touchpoints().forEach(t -> touchpoints.put(t.id(), t));

        List<Block> blocks = new ArrayList<>();
        blocks.add(Heading.section(texts.get("document.section.timeline")));
        blocks.add(Paragraph.note(texts.get("document.timeline.note", texts.longDate(start))));
        for (Slice slice : slices) {
            List<TimelineSlice.Entry> entries = new ArrayList<>();
            for (Action a : actions) {
                if (a.startWeek() < slice.end() && a.endWeek() > slice.first()) {
                    entries.add(entry(project, a, touchpoints));
                }
            }
            blocks.add(Heading.sub(title(start, slice)));
            blocks.add(new TimelineSlice(geometry, slice, entries, labelWidth, weekWidth,
                    texts.get("timeline.actionsColumn"), texts.get("document.timeline.nothing")));
        }
        return blocks;
    }

    /**
     * The plan's weeks 0 to {@code weeks - 1} grouped by the calendar month their first day falls in, then
     * whole months packed into slices of at most {@code perSlice} weeks; a month longer than that (a very
     * narrow page) is cut into runs of {@code perSlice} weeks.
     */
    static List<Slice> slices(LocalDate planStart, int weeks, int perSlice) {
        List<Slice> months = new ArrayList<>();
        int first = 0;
        for (int k = 1; k <= weeks; k++) {
            if (k == weeks || !YearMonth.from(planStart.plusWeeks(k)).equals(YearMonth.from(planStart.plusWeeks(first)))) {
                for (int from = first; from < k; from += perSlice) {
                    months.add(new Slice(from, Math.min(k, from + perSlice)));
                }
                first = k;
            }
        }
        List<Slice> slices = new ArrayList<>();
        for (Slice month : months) {
            Slice last = slices.isEmpty() ? null : slices.get(slices.size() - 1);
            if (last != null && last.end() == month.first() && month.end() - last.first() <= perSlice) {
                slices.set(slices.size() - 1, new Slice(last.first(), month.end()));
            } else {
                slices.add(month);
            }
        }
        return slices;
    }

    /** "March 2026", or "March – April 2026" / "December 2026 – January 2027" for several months. */
    private String title(LocalDate planStart, Slice slice) {
        YearMonth from = YearMonth.from(planStart.plusWeeks(slice.first()));
        YearMonth to = YearMonth.from(planStart.plusWeeks(slice.end() - 1));
        if (from.equals(to)) {
            return texts.month(from);
        }
        return texts.get("document.timeline.range", texts.month(from), texts.monthInText(to));
    }

    private TimelineSlice.Entry entry(Project project, Action a, Map<String, Touchpoint> touchpoints) {
        Touchpoint t = a.touchpointId() == null ? null : touchpoints.get(a.touchpointId());
        List<String> details = new ArrayList<>();
        details.add(t == null ? texts.get("timeline.noTouchpoint")
                : t.label().isBlank() ? texts.get("type." + t.type().id()) : t.label());
        if (!a.owner().isBlank()) {
            details.add(a.owner().strip());
        }
        if (a.budget(project.activeScenario()).signum() > 0) {
            details.add(texts.money(a.budget(project.activeScenario()), project.info().currency()));
        }
        String title = a.title().isBlank() ? texts.get("timeline.untitled") : a.title();
        return new TimelineSlice.Entry(a, title, String.join(" \u00b7 ", details), t == null ? null : t.family());
    }
}
