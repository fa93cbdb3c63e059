package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.render.RecordingSurface.Fill;
import org.strategycanvas.render.TimelineGeometry.Layout;
import org.strategycanvas.render.TimelineGeometry.Scale;

/** What the timeline painter draws, read back from a recording surface. */
class TimelinePainterTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    /** A website and two actions: a bar on it, a milestone on no touchpoint. */
    private static final Project PROJECT = new Project(
            new ProjectInfo("Bakery", "", "", "en", "EUR", START),
            List.of(TestPlans.card("tp-1", "Site", 0, 0)), List.of(), List.of(), List.of(), List.of())
            .withActions(List.of(
                    new Action("ac-2", "Redo the site", "tp-1", null, 2, 3, "Ann", Map.of(), false),
                    new Action("ac-3", "Opening day", null, null, 0, 1, "", Map.of(), true)));

    /** Titles 200 wide, header 50, rows 30; 12 px a day, so day 0 at x = 200 + 12 = 212. */
    private static TimelineGeometry geometry() {
        return new TimelineGeometry(PROJECT.actions(), START, 20, Scale.WEEK, new Layout(200, 50, 30), EN);
    }

    private static RecordingSurface paint(LocalDate today, Set<String> selected) {
        RecordingSurface s = new RecordingSurface();
        TimelineGeometry g = geometry();
        new TimelinePainter(EN).paint(s, g, PROJECT, selected, today, TimelinePainter.Window.whole(g));
        return s;
    }

    private static List<Fill> fillsOf(RecordingSurface s, Rgb colour) {
        return s.fills.stream().filter(f -> f.colour().equals(colour)).toList();
    }

    @Test
    void todaysLineIsDrawnAtItsDate() {
        // 15 January is 10 days in: x = 212 + 10 × 12 = 332, a line 2 wide centred there, from under the
        // header (50) to the bottom of the rows (50 + 2 × 30 = 110), and its mark in the header's strip
        RecordingSurface s = paint(LocalDate.of(2026, 1, 15), Set.of());
        List<Fill> today = fillsOf(s, TimelinePainter.TODAY);
        assertEquals(new Fill(331, 50, 2, 60, TimelinePainter.TODAY), today.get(0));
        assertEquals(2, today.size(), "the line and its mark in the header");
        assertEquals(331, today.get(1).x());
        assertTrue(s.texts.contains("Today"));
    }

    @Test
    void noTodayLineOutsideTheTimeline() {
        assertTrue(fillsOf(paint(LocalDate.of(2025, 12, 31), Set.of()), TimelinePainter.TODAY).isEmpty());
        assertTrue(fillsOf(paint(LocalDate.of(2026, 5, 25), Set.of()), TimelinePainter.TODAY).isEmpty(),
                "25 May is the day after the 20th week");
    }

    @Test
    void aMilestoneIsADiamondAtItsStart() {
        RecordingSurface s = paint(LocalDate.of(2025, 1, 1), Set.of());
        assertEquals(1, s.polygonCorners.size(), "one milestone, one diamond");
        double[][] diamond = s.polygonCorners.get(0);
        // row 1 centred at y = 50 + 30 + 15 = 95; its start at x = 212; half its size 30 × 0.26 + 2 = 9.8
        assertArrayEquals(new double[] {202.2, 212, 221.8, 212}, diamond[0], 1e-9);
        assertArrayEquals(new double[] {95, 85.2, 95, 104.8}, diamond[1], 1e-9);
        assertEquals(4, s.segments.size(), "its outline: four sides");
    }

    @Test
    void eachRowNamesItsActionAndTouchpointInTheTouchpointsColour() {
        RecordingSurface s = paint(LocalDate.of(2025, 1, 1), Set.of());
        assertTrue(s.texts.containsAll(List.of("Redo the site", "Site", "Opening day", "No touchpoint")));
        assertEquals(1, fillsOf(s, Palette.family(Family.WEB)).size(), "the website's swatch");
        assertEquals(1, fillsOf(s, TimelinePainter.NO_TOUCHPOINT).size(), "grey: the milestone's swatch");
        assertTrue(s.fills.stream().anyMatch(f -> f.colour().equals(TimelinePainter.NO_TOUCHPOINT.withAlpha(0.7))),
                "and its bar, in grey");
        assertTrue(s.texts.containsAll(List.of("Jan 5", "Jan 12", "Jan 2026")), "the dates on top");
        assertTrue(s.balanced());
    }

    @Test
    void theSelectedActionsRowIsTinted() {
        RecordingSurface s = paint(LocalDate.of(2025, 1, 1), Set.of("ac-3"));
        assertTrue(s.fills.contains(new Fill(0, 80, 20 * 84 + 212, 30, Palette.SELECTION.withAlpha(0.12))),
                "row 1 from y 80, as wide as the timeline");
    }
}
