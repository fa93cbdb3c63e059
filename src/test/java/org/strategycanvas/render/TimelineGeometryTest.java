package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.render.TimelineGeometry.Column;
import org.strategycanvas.render.TimelineGeometry.Layout;
import org.strategycanvas.render.TimelineGeometry.Part;
import org.strategycanvas.render.TimelineGeometry.Scale;

/**
 * The timeline's numbers, worked by hand. The plan starts on Monday 5 January 2026; titles are 200 wide,
 * so day 0 begins at x = 200 + LEAD 12 = 212; the header is 50 high and rows 30 high. Weeks: 12 px a day,
 * 84 a week. Months: 4 px a day.
 */
class TimelineGeometryTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final Layout LAYOUT = new Layout(200, 50, 30);
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages FR = new Messages(Locale.FRENCH);

    /** Row 0: weeks 2 to 4. Row 1: a one-week milestone in week 0. */
    private static final List<Action> ACTIONS = List.of(
            new Action("ac-1", "Shoot", null, null, 2, 3, "", Map.of("good", BigDecimal.TEN), false),
            new Action("ac-2", "Launch", null, null, 0, 1, "", Map.of(), true));

    private static TimelineGeometry weeks(Messages messages) {
        return new TimelineGeometry(ACTIONS, START, 20, Scale.WEEK, LAYOUT, messages);
    }

    private static TimelineGeometry months(Messages messages) {
        return new TimelineGeometry(ACTIONS, START, 20, Scale.MONTH, LAYOUT, messages);
    }

    @Test
    void aDateHasAnX() {
        TimelineGeometry g = weeks(EN);
        assertEquals(212, g.xOf(START));
        assertEquals(212 + 14 * 12, g.xOf(LocalDate.of(2026, 1, 19)), "two weeks in: 380");
        assertEquals(212 + 27 * 12, g.xOf(LocalDate.of(2026, 2, 1)), "27 days in: 536");
        assertEquals(212 + 27 * 4, months(EN).xOf(LocalDate.of(2026, 2, 1)), "on the month scale: 320");
        assertEquals(LocalDate.of(2026, 1, 19), g.dateAt(380));
        assertEquals(LocalDate.of(2026, 1, 19), g.dateAt(391.9), "(391.9 - 212) / 12 = 14.99, day 14");
        assertEquals(LocalDate.of(2026, 1, 20), g.dateAt(392));
        assertEquals(212 + 20 * 84, g.width(), "20 weeks after the titles");
        assertEquals(50 + 2 * 30, g.height());
    }

    @Test
    void aBarRunsFromItsFirstDayToTheDayAfterItsLast() {
        TimelineGeometry g = weeks(EN);
        // x = 212 + 2 weeks × 84 = 380; y = 50 + 30 × 0.24 = 57.2; 3 weeks × 84 = 252; 30 − 2 × 7.2 = 15.6
        Bounds bar = g.bar(0);
        assertEquals(380, bar.x(), 1e-9);
        assertEquals(57.2, bar.y(), 1e-9);
        assertEquals(252, bar.width(), 1e-9);
        assertEquals(15.6, bar.height(), 1e-9);
        assertEquals(3 * 4 * 7, months(EN).bar(0).width(), 1e-9, "3 weeks of 28 px on the month scale");
    }

    @Test
    void aMilestoneIsADiamondAtItsStart() {
        // row 1: centre (212, 80 + 15 = 95); half = 30 × (0.5 − 0.24) + 2 = 9.8
        double[][] d = weeks(EN).diamond(1);
        assertArrayEquals(new double[] {202.2, 212, 221.8, 212}, d[0], 1e-9);
        assertArrayEquals(new double[] {95, 85.2, 95, 104.8}, d[1], 1e-9);
    }

    @Test
    void hitTestingTellsTheBodyFromTheRightEdge() {
        TimelineGeometry g = weeks(EN);
        // bar 0: x 380 to 632, y 57.2 to 72.8; the grip reaches 5 inside and 5 outside its right end
        assertEquals(Part.BODY, g.hit(400, 65).orElseThrow().part());
        assertEquals(Part.BODY, g.hit(626.9, 65).orElseThrow().part());
        assertEquals(Part.RIGHT_EDGE, g.hit(627, 65).orElseThrow().part());
        assertEquals(Part.RIGHT_EDGE, g.hit(637, 65).orElseThrow().part());
        assertEquals(Part.ROW, g.hit(637.5, 65).orElseThrow().part(), "past the grip: the row only");
        assertEquals(Part.ROW, g.hit(400, 55).orElseThrow().part(), "above the bar, in its row");
        assertEquals(Part.ROW, g.hit(100, 65).orElseThrow().part(), "on the title");
        assertEquals("ac-1", g.hit(400, 65).orElseThrow().action().id());
        assertTrue(g.hit(400, 40).isEmpty(), "in the header");
        assertTrue(g.hit(400, 111).isEmpty(), "below the last row (50 + 2 × 30 = 110)");
        // milestone: |x − 212| + |y − 95| ≤ 9.8 is on its diamond, even left of the bar
        assertEquals(Part.BODY, g.hit(204, 95).orElseThrow().part());
        assertEquals(Part.ROW, g.hit(203, 87).orElseThrow().part(), "9 + 8 = 17: outside the diamond");
        assertEquals("ac-2", g.hit(204, 95).orElseThrow().action().id());
    }

    @Test
    void aNarrowBarKeepsABodyToGrab() {
        // a one-week bar on the month scale is 28 wide: the grip inside is 28 / 3 = 9.33 → 5, so the body
        // runs from 212 to 235
        TimelineGeometry g = months(EN);
        assertEquals(Part.BODY, g.hit(234, 95).orElseThrow().part());
        assertEquals(Part.RIGHT_EDGE, g.hit(236, 95).orElseThrow().part());
    }

    @Test
    void distancesRoundToWholeWeeks() {
        TimelineGeometry g = weeks(EN);
        assertEquals(0, g.weeksFor(41), "41 / 84 = 0.49");
        assertEquals(1, g.weeksFor(43), "43 / 84 = 0.51");
        assertEquals(-1, g.weeksFor(-43));
        assertEquals(3, g.weeksFor(252));
    }

    @Test
    void weekColumnsAreNamedByTheirMonday() {
        List<Column> en = weeks(EN).columns();
        assertEquals(20, en.size());
        assertEquals("Jan 5", en.get(0).label());
        assertEquals("Jan 12", en.get(1).label());
        assertEquals("Feb 2", en.get(4).label());
        assertEquals(212 + 84, en.get(1).x());
        assertEquals(84, en.get(1).width());
        List<Column> fr = weeks(FR).columns();
        assertEquals("5 janv.", fr.get(0).label());
        assertEquals("2 févr.", fr.get(4).label());
        assertEquals(List.of("Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026"),
                weeks(EN).bands().stream().map(Column::label).toList(), "months above the weeks, to 25 May");
    }

    @Test
    void monthColumnsAreCalendarMonthsCutAtTheEnds() {
        List<Column> en = months(EN).columns();
        // 20 weeks from 5 January end on 25 May (exclusive): January (cut) to May (cut)
        assertEquals(List.of("Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026"),
                en.stream().map(Column::label).toList());
        assertEquals(new Column(START, LocalDate.of(2026, 2, 1), 212, 27 * 4, "Jan 2026"), en.get(0));
        assertEquals(new Column(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), 320, 28 * 4, "Feb 2026"),
                en.get(1));
        assertEquals(LocalDate.of(2026, 5, 25), en.get(4).end());
        assertEquals("janv. 2026", months(FR).columns().get(0).label());
        assertEquals("févr. 2026", months(FR).columns().get(1).label());
        assertTrue(months(EN).bands().isEmpty());
    }

    @Test
    void weeksAreCountedFromThePlanStartEvenWhenItIsNotAMonday() {
        LocalDate wednesday = LocalDate.of(2026, 1, 7);
        assertEquals(LocalDate.of(2026, 1, 12), TimelineGeometry.mondayOf(wednesday, 0), "the Monday inside week 0");
        assertEquals(0, TimelineGeometry.weekOf(wednesday, LocalDate.of(2026, 1, 12)), "5 days: week 0");
        assertEquals(1, TimelineGeometry.weekOf(wednesday, LocalDate.of(2026, 1, 14)), "7 days: week 1");
        assertEquals(-1, TimelineGeometry.weekOf(wednesday, LocalDate.of(2026, 1, 6)), "the day before: week -1");
        assertEquals(START, TimelineGeometry.mondayOf(START, 0));
        assertEquals(LocalDate.of(2026, 1, 19), TimelineGeometry.mondayOf(START, 2));
    }

    @Test
    void theAxisReachesThePlanEndTheLastActionAndToday() {
        LocalDate end = LocalDate.of(2026, 3, 29); // 83 days after the start: week 11, so 12 weeks
        LocalDate before = LocalDate.of(2025, 12, 1);
        assertEquals(12 + 4, TimelineGeometry.weeksToShow(ACTIONS, START, end, before));
        List<Action> late = List.of(new Action("ac-9", "Late", null, null, 18, 2, "", Map.of(), false));
        assertEquals(20 + 4, TimelineGeometry.weeksToShow(late, START, end, before), "ends after week 19");
        // 1 June 2026 is 147 days after the start: week 21
        assertEquals(22 + 4, TimelineGeometry.weeksToShow(ACTIONS, START, end, LocalDate.of(2026, 6, 1)));
    }
}
