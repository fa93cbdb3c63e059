package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.Zone;
import org.strategycanvas.model.plan.Action;

class PlanRendererTest {

    private final PlanRenderer renderer = new PlanRenderer(new Messages(Locale.ENGLISH));

    /** Ten cards in a row, 300 units apart. */
    private static Project row() {
        List<Touchpoint> cards = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cards.add(TestPlans.card("tp-" + i, "Card " + i, i * 300, 0));
        }
        return TestPlans.of(cards);
    }

    private RecordingSurface draw(Project project, RenderView view) {
        RecordingSurface surface = new RecordingSurface();
        renderer.render(project, view, surface);
        assertTrue(surface.balanced(), "every save is restored");
        return surface;
    }

    @Test
    void onlyCardsMeetingTheVisibleRectangleAreDrawn() {
        RecordingSurface surface = draw(row(), RenderView.of(new Bounds(250, -10, 400, 200), 1));
        List<String> labels = surface.texts.stream().filter(t -> t.startsWith("Card")).toList();
        assertEquals(List.of("Card 1", "Card 2"), labels);
        assertEquals(2, surface.icons.size());
    }

    @Test
    void smallCardsAreBlocksWithoutText() {
        RecordingSurface surface = draw(row(), RenderView.of(new Bounds(0, 0, 4000, 3000), 0.2));
        assertEquals(List.of(), surface.texts);
        assertEquals(List.of(), surface.icons);
        assertEquals(1 + 10, surface.rects, "the background and one block per card");
    }

    @Test
    void aCardSaysItsFamilySplitAndBudgetInWords() {
        Touchpoint card = TestPlans.card("tp-1", "Our site", 0, 0).withSplit(new MediaSplit(60, 30, 10))
                .withBudget(new BigDecimal("1200"));
        RecordingSurface surface = draw(TestPlans.of(List.of(card)), RenderView.of(new Bounds(0, 0, 800, 600), 1));
        assertTrue(surface.texts.contains("Our site"), surface.texts.toString());
        assertTrue(surface.texts.contains("Web"), surface.texts.toString());
        assertTrue(surface.texts.contains("O 60 · E 30 · P 10"), surface.texts.toString());
        assertTrue(surface.texts.stream().anyMatch(t -> t.startsWith("Budget") && t.contains("1,200")),
                surface.texts.toString());
        assertEquals(List.of("mdi2w-web"), surface.icons);
    }

    /** With an action on it, the badge shows the action's budget in the active scenario, not the card's own. */
    @Test
    void theBadgeShowsTheActiveScenariosBudget() {
        Touchpoint card = TestPlans.card("tp-1", "Our site", 0, 0).withBudget(new BigDecimal("1200"));
        Project planned = TestPlans.of(List.of(card)).withActions(List.of(new Action("ac-1", "Redesign", "tp-1", null,
                0, 2, "", Map.of("good", new BigDecimal("300"), "best", new BigDecimal("750")), false)));
        RenderView view = RenderView.of(new Bounds(0, 0, 800, 600), 1);
        assertTrue(draw(planned, view).texts.contains("Budget €300"), draw(planned, view).texts.toString());
        Project best = planned.withScenarios(planned.scenarios(), "best");
        assertTrue(draw(best, view).texts.contains("Budget €750"), draw(best, view).texts.toString());
        Project better = planned.withScenarios(planned.scenarios(), "better");
        assertFalse(draw(better, view).texts.stream().anyMatch(t -> t.startsWith("Budget")),
                "no budget in that scenario: no badge, even though the card's own is 1200");
    }

    @Test
    void frenchTextsComeFromTheFrenchBundle() {
        PlanRenderer french = new PlanRenderer(new Messages(Locale.FRENCH));
        Touchpoint card = TestPlans.card("tp-1", "Site", 0, 0).withSplit(new MediaSplit(60, 30, 10));
        RecordingSurface surface = new RecordingSurface();
        french.render(TestPlans.of(List.of(card)), RenderView.of(new Bounds(0, 0, 800, 600), 1), surface);
        assertTrue(surface.texts.contains("Pr 60 · G 30 · Pa 10"), surface.texts.toString());
    }

    @Test
    void anObjectiveShowsItsKpiAndDeadline() {
        Objective objective = Objective.create("ob-1", "More orders", 0, 0)
                .withKpi("Orders", "per week", new BigDecimal("40"), new BigDecimal("60"), LocalDate.of(2025, 6, 30));
        RecordingSurface surface = draw(TestPlans.of(List.of(), List.of(objective), List.of(), List.of(), List.of()),
                RenderView.of(new Bounds(0, 0, 800, 600), 1));
        assertTrue(surface.texts.contains("More orders"), surface.texts.toString());
        assertTrue(surface.texts.contains("Orders: 40 → 60 per week"), surface.texts.toString());
        assertTrue(surface.texts.stream().anyMatch(t -> t.startsWith("By ") && t.contains("2025")));
        assertEquals(List.of(CardPainter.OBJECTIVE_ICON), surface.icons);
    }

    @Test
    void theTextBeingRenamedIsLeftOutAndDraggedCardsFollowTheOffset() {
        RenderView view = RenderView.of(new Bounds(0, -10, 250, 200), 1);
        RecordingSurface renaming = draw(row(), view.withRenaming("tp-0"));
        assertFalse(renaming.texts.contains("Card 0"));
        RecordingSurface dragging = draw(row(), view.withDrag(Set.of("tp-3"), -900, 0));
        assertTrue(dragging.texts.contains("Card 3"), "card 3 is dragged into view");
    }

    @Test
    void linksShowTheirKindInTheLineAndEndInAnArrowhead() {
        Project plan = TestPlans.of(
                List.of(TestPlans.card("tp-1", "A", 0, 0), TestPlans.card("tp-2", "B", 400, 0),
                        TestPlans.card("tp-3", "C", 800, 0)),
                List.of(), List.of(new Link("ln-4", "tp-1", "tp-2", LinkKind.SERVES),
                        new Link("ln-5", "tp-2", "tp-3", LinkKind.FLOW),
                        new Link("ln-6", "tp-1", "tp-3", LinkKind.RELATED)),
                List.of(), List.of());
        RecordingSurface surface = draw(plan, RenderView.of(new Bounds(0, 0, 1200, 400), 1));
        List<double[]> links = surface.dashesOfColouredLines();
        assertEquals(3, links.size());
        // Batches come in the order of the kinds: flow, serves, related.
        assertEquals(0, links.get(0).length, "flow is solid");
        assertArrayEquals(LinkPainter.dashes(LinkKind.SERVES), links.get(1));
        assertArrayEquals(LinkPainter.dashes(LinkKind.RELATED), links.get(2));
        assertTrue(LinkPainter.dashes(LinkKind.SERVES).length > 0);
        assertFalse(Arrays.equals(LinkPainter.dashes(LinkKind.SERVES), LinkPainter.dashes(LinkKind.RELATED)));
        assertEquals(3, surface.polygons);
        RecordingSurface away = draw(plan, RenderView.of(new Bounds(0, 500, 1200, 400), 1));
        assertEquals(0, away.lineDashes.size(), "links out of view are culled");
    }

    @Test
    void notesWrapAndZonesAreLabelled() {
        StickyNote note = StickyNote.create("nt-1", "Ask customers what they read on Sunday mornings", 0, 0);
        Zone zone = Zone.create("zn-2", "Considering", 200, 0);
        RecordingSurface surface = draw(TestPlans.of(List.of(), List.of(), List.of(), List.of(note), List.of(zone)),
                RenderView.of(new Bounds(0, 0, 800, 800), 1));
        assertTrue(surface.texts.contains("Considering"));
        long noteLines = surface.texts.stream().filter(t -> !t.equals("Considering")).count();
        assertTrue(noteLines >= 3, surface.texts.toString());
    }

    @Test
    void theGridIsDrawnOnlyWhenAsked() {
        RenderView view = RenderView.of(new Bounds(0, 0, 200, 100), 1);
        assertEquals(0, draw(TestPlans.of(List.of()), view).lineDashes.size());
        assertEquals(11 + 6, draw(TestPlans.of(List.of()), view.withGrid(true, 20)).lineDashes.size());
    }

    @Test
    void aCrowdedOverviewDrawsOnlyTheLinksOfTheSelection() {
        List<Touchpoint> cards = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int n = PlanRenderer.OVERVIEW_LINK_BUDGET + 10;
        for (int i = 0; i <= n; i++) {
            cards.add(TestPlans.card("tp-" + i, "C", (i % 50) * 300, (i / 50) * 200));
        }
        for (int i = 0; i < n; i++) {
            links.add(new Link("ln-" + i, "tp-" + i, "tp-" + (i + 1), LinkKind.FLOW));
        }
        Project plan = TestPlans.of(cards, List.of(), links, List.of(), List.of());
        Bounds everything = new Bounds(-100, -100, 16000, 9000);
        assertEquals(2, draw(plan, RenderView.of(everything, 0.1).withSelection(Set.of("tp-7")))
                .dashesOfColouredLines().size());
        assertEquals(n, draw(plan, RenderView.of(everything, 0.5)).dashesOfColouredLines().size(),
                "all links when detailed");
    }
}
