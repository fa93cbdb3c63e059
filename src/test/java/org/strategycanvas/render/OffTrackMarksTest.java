package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Actual;

/** Off-track objectives and the touchpoints serving them are framed in red and tagged; nothing else is. */
class OffTrackMarksTest {

    // TestPlans starts the plan on 6 Jan 2025; the objectives go from 100 to 200 by 16 Apr 2025 (100 days).
    // On 25 Feb 2025 (day 50) the line is at 150: 149 is behind, 150 is on track.
    private static final LocalDate DAY_50 = LocalDate.of(2025, 2, 25);

    private static Objective objective(String id, String title, double x) {
        return Objective.create(id, title, x, 300).withKpi("Orders", "", new BigDecimal("100"),
                new BigDecimal("200"), LocalDate.of(2025, 4, 16));
    }

    private static Project plan() {
        Project project = TestPlans.of(
                List.of(TestPlans.card("tp-1", "Site", 0, 0), TestPlans.card("tp-2", "Blog", 600, 0)),
                List.of(objective("ob-3", "Behind", 0), objective("ob-4", "Ahead", 600)),
                List.of(new Link("ln-5", "tp-1", "ob-3", LinkKind.SERVES),
                        new Link("ln-6", "tp-2", "ob-4", LinkKind.SERVES)),
                List.of(), List.of());
        return project.withPlan(project.plan().withActuals(List.of(
                new Actual("ob-3", DAY_50, new BigDecimal("149")),
                new Actual("ob-4", DAY_50, new BigDecimal("150")))));
    }

    private static RecordingSurface draw(Locale locale, RenderView view) {
        RecordingSurface surface = new RecordingSurface();
        new PlanRenderer(new Messages(locale)).render(plan(), view, surface);
        return surface;
    }

    /** The red frames drawn, as the bounds they enclose. */
    private static List<RecordingSurface.Fill> frames(RecordingSurface surface) {
        return surface.roundStrokes.stream().filter(f -> f.colour().equals(OffTrackPainter.ALERT)).toList();
    }

    private static boolean encloses(RecordingSurface.Fill frame, Bounds card) {
        return frame.x() < card.x() && frame.y() < card.y() && frame.x() + frame.width() > card.maxX()
                && frame.y() + frame.height() > card.maxY() && frame.width() < card.width() + 40;
    }

    @Test
    void theOffTrackObjectiveAndItsTouchpointAreFramedAndTagged() {
        Project project = plan();
        RecordingSurface surface = draw(Locale.ENGLISH,
                RenderView.of(new Bounds(-50, -50, 1200, 600), 1).withToday(DAY_50));
        List<RecordingSurface.Fill> frames = frames(surface);
        assertEquals(2, frames.size(), frames.toString());
        Bounds behind = project.element("ob-3").orElseThrow().bounds();
        Bounds site = project.element("tp-1").orElseThrow().bounds();
        assertTrue(frames.stream().anyMatch(f -> encloses(f, behind)), "the off-track objective");
        assertTrue(frames.stream().anyMatch(f -> encloses(f, site)), "the touchpoint serving it");
        for (String onTrack : List.of("ob-4", "tp-2")) {
            Bounds card = project.element(onTrack).orElseThrow().bounds();
            assertTrue(frames.stream().noneMatch(f -> encloses(f, card)), onTrack + " is on track");
        }
        assertEquals(1, surface.texts.stream().filter("Off track"::equals).count(), surface.texts.toString());
        assertEquals(1, surface.texts.stream().filter("Objective off track"::equals).count());
    }

    @Test
    void theTagsSpeakFrenchAndZoomedOutOnlyTheFramesRemain() {
        RecordingSurface french = draw(Locale.FRENCH,
                RenderView.of(new Bounds(-50, -50, 1200, 600), 1).withToday(DAY_50));
        assertTrue(french.texts.contains("En retard"), french.texts.toString());
        assertTrue(french.texts.contains("Objectif en retard"), french.texts.toString());
        RecordingSurface overview = draw(Locale.ENGLISH,
                RenderView.of(new Bounds(-50, -50, 4000, 3000), 0.2).withToday(DAY_50));
        assertEquals(2, frames(overview).size());
        assertEquals(List.of(), overview.texts);
    }

    @Test
    void withoutADayOrBeforeAnyValueNothingIsMarked() {
        Bounds all = new Bounds(-50, -50, 1200, 600);
        assertEquals(List.of(), frames(draw(Locale.ENGLISH, RenderView.of(all, 1))), "no day given");
        assertEquals(List.of(), frames(draw(Locale.ENGLISH, RenderView.of(all, 1).withToday(DAY_50.minusDays(1)))),
                "the values are not measured yet on the day before");
    }
}
