package org.strategycanvas.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.Resource;
import org.strategycanvas.model.plan.ResourceKind;

/** What the guided start makes of the answers: the brief, and cards laid out by family, none on another. */
class GuidedProjectTest {

    private static final Project BLANK = Project.empty(new ProjectInfo("Plan sans titre", "", "", "fr", "EUR",
            LocalDate.of(2026, 3, 2)));

    private static Project build(GuidedAnswers answers) {
        return GuidedProject.build(BLANK, answers, type -> "« " + type.id() + " »");
    }

    @Test
    void nothingAnsweredIsTheBlankPlan() {
        assertEquals(BLANK, build(GuidedAnswers.NONE));
    }

    @Test
    void theAnswersFillTheBrief() {
        Resource budget = new Resource(new BigDecimal("1500"), new BigDecimal("2000"), "");
        Project p = build(new GuidedAnswers("  Une raison  ", "Ici", "Là-bas", Map.of(ResourceKind.BUDGET, budget),
                List.of(), List.of()));
        assertEquals(new Brief("Une raison", "Ici", "Là-bas", "", "", "", "", Resource.UNKNOWN, budget,
                Resource.UNKNOWN, Resource.UNKNOWN, "", "", "", "", List.of()), p.brief());
        assertEquals(List.of(), p.elements().toList(), "no card");
    }

    @Test
    void objectivesMakeARowAndTouchpointsAColumnPerFamilyBelowIt() {
        Project p = build(new GuidedAnswers("", "", "", Map.of(),
                List.of(new GuidedAnswers.ObjectiveLine("Remplir l'agenda", "Réservations par mois", new BigDecimal("80")),
                        new GuidedAnswers.ObjectiveLine("Vendre des vélos", "", null)),
                // Ticked out of order: laid out in the palette's order all the same.
                List.of(TouchpointType.STORE, TouchpointType.INSTAGRAM, TouchpointType.WEBSITE, TouchpointType.FACEBOOK,
                        TouchpointType.NEWSLETTER)));
        // Objectives 200 wide, 40 apart: x = 0 and 240, on top.
        assertEquals(List.of(new Bounds(0, 0, 200, 96), new Bounds(240, 0, 200, 96)),
                p.objectives().stream().map(Objective::bounds).toList());
        assertEquals("Réservations par mois", p.objectives().get(0).kpiMetric());
        assertEquals(new BigDecimal("80"), p.objectives().get(0).target());
        assertEquals(List.of("ob-1", "ob-2", "tp-3", "tp-4", "tp-5", "tp-6", "tp-7"),
                p.elements().map(e -> e.id()).sorted().toList());
        // Columns 180 + 60 = 240 apart from x = 0: web, social, email, offline (no mobile, no ads ticked);
        // rows 96 + 24 = 120 apart from y = 200, under the objectives.
        assertEquals(List.of(
                        card(TouchpointType.WEBSITE, 0, 200),
                        card(TouchpointType.FACEBOOK, 240, 200),
                        card(TouchpointType.INSTAGRAM, 240, 320),
                        card(TouchpointType.NEWSLETTER, 480, 200),
                        card(TouchpointType.STORE, 720, 200)),
                p.touchpoints().stream().map(t -> t.type() + "@" + t.bounds().x() + "," + t.bounds().y()).toList());
        assertEquals("« website »", p.touchpoints().get(0).label());
        assertEquals(TouchpointType.WEBSITE.defaultSplit(), p.touchpoints().get(0).split());
    }

    @Test
    void withoutObjectivesTheTouchpointsStartAtTheTop() {
        Project p = build(new GuidedAnswers("", "", "", Map.of(), List.of(), List.of(TouchpointType.SEO)));
        Touchpoint seo = p.touchpoints().get(0);
        assertEquals(new Bounds(0, 0, Touchpoint.DEFAULT_WIDTH, Touchpoint.DEFAULT_HEIGHT), seo.bounds());
    }

    private static String card(TouchpointType type, double x, double y) {
        return type + "@" + x + "," + y;
    }
}
