package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;

/** What keeps large plans fast draws the same picture: long links cut to the view, a drag drawn in two parts. */
class LargePlanRenderingTest {

    private final PlanRenderer renderer = new PlanRenderer(new Messages(Locale.ENGLISH));

    /** Two cards 20,000 units apart, joined by a dotted "related" link (dots of 2, gaps of 4: a period of 6). */
    private static Project farApart() {
        return TestPlans.of(List.of(TestPlans.card("tp-1", "A", 0, 0), TestPlans.card("tp-2", "B", 20_000, 0)),
                List.of(), List.of(new Link("ln-3", "tp-1", "tp-2", LinkKind.RELATED)), List.of(), List.of());
    }

    private RecordingSurface draw(Project plan, RenderView view) {
        RecordingSurface surface = new RecordingSurface();
        renderer.render(plan, view, surface);
        return surface;
    }

    @Test
    void aLinkWhollyInViewIsDrawnWhole() {
        RecordingSurface surface = draw(farApart(), RenderView.of(new Bounds(-100, -100, 20_400, 400), 1));
        // From the right edge of A (180, 48) to the arrowhead's base, 10 units before B's left edge (20,000, 48).
        assertSegment(new double[] {180, 48, 19_990, 48}, surface.segments.get(0));
    }

    @Test
    void aLongLinkIsCutToTheViewWithItsDotsWhereTheyWere() {
        Bounds visible = new Bounds(9_000, -100, 1_600, 400);
        RecordingSurface surface = draw(farApart(), RenderView.of(visible, 1));
        assertEquals(1, surface.segments.size());
        double[] seg = surface.segments.get(0);
        Bounds reach = LinkPainter.reach(visible, 1);
        assertEquals(48, seg[1], 1e-9);
        assertEquals(48, seg[3], 1e-9);
        assertTrue(seg[0] <= reach.x() && seg[0] > reach.x() - 6, "starts within one period before the view");
        double periods = (seg[0] - 180) / 6;
        assertEquals(Math.rint(periods), periods, 1e-6, "a whole number of periods from the link's start");
        assertEquals(reach.maxX(), seg[2], 1e-9, "ends at the edge of what can be seen");
    }

    @Test
    void theTwoPartsOfADragDrawWhatTheWholeDraws() {
        List<Touchpoint> cards = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cards.add(TestPlans.card("tp-" + i, "Card " + i, i * 250, (i % 2) * 150));
            if (i > 0) {
                links.add(new Link("ln-" + i, "tp-" + (i - 1), "tp-" + i, LinkKind.FLOW));
            }
        }
        Project plan = TestPlans.of(cards, List.of(), links, List.of(), List.of());
        RenderView view = RenderView.of(new Bounds(-50, -50, 1_600, 500), 1).withGrid(true, 20)
                .withSelection(Set.of("tp-2")).withDrag(Set.of("tp-2"), 35, 60);
        RecordingSurface whole = draw(plan, view);
        RecordingSurface still = new RecordingSurface();
        renderer.renderStill(plan, view, still);
        RecordingSurface moving = new RecordingSurface();
        renderer.renderMoving(plan, view, moving);

        assertFalse(still.texts.contains("Card 2"));
        assertTrue(moving.texts.contains("Card 2"));
        assertEquals(List.of("Card 2"), moving.texts.stream().filter(t -> t.startsWith("Card")).toList());
        List<String> together = new ArrayList<>(still.texts);
        together.addAll(moving.texts);
        assertEquals(sorted(whole.texts), sorted(together), "every text once, in one part or the other");
        assertEquals(5, links(whole), "five links in all");
        assertEquals(2, links(moving), "the dragged card's two links move with it");
        assertEquals(3, links(still), "the other three stay");
        assertTrue(moving.fills.stream().noneMatch(f -> f.colour().equals(Palette.BACKGROUND)),
                "the moving part is drawn over the still one: no background");
        assertTrue(still.balanced() && moving.balanced());
    }

    @Test
    void theMovingPartSplitsIntoItsElementsAndItsLinks() {
        List<Touchpoint> cards = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cards.add(TestPlans.card("tp-" + i, "Card " + i, i * 250, 0));
            if (i > 0) {
                links.add(new Link("ln-" + i, "tp-" + (i - 1), "tp-" + i, LinkKind.FLOW));
            }
        }
        Project plan = TestPlans.of(cards, List.of(), links, List.of(), List.of());
        RenderView view = RenderView.of(new Bounds(-50, -50, 1_600, 500), 1).withSelection(Set.of("tp-1"))
                .withDrag(Set.of("tp-1"), 35, 60);
        RecordingSurface elements = new RecordingSurface();
        renderer.renderMovingElements(plan, view, elements);
        RecordingSurface movingLinks = new RecordingSurface();
        renderer.renderMovingLinks(plan, view, movingLinks);
        RecordingSurface moving = new RecordingSurface();
        renderer.renderMoving(plan, view, moving);

        assertEquals(List.of("Card 1"), elements.texts.stream().filter(t -> t.startsWith("Card")).toList());
        assertEquals(0, links(elements), "no link on the picture that moves as a whole");
        assertEquals(2, links(movingLinks), "the dragged card's two links");
        assertTrue(movingLinks.texts.isEmpty(), "links only");
        assertEquals(sorted(moving.texts), sorted(elements.texts), "together, what the moving part draws");
        assertTrue(elements.fills.stream().noneMatch(f -> f.colour().equals(Palette.BACKGROUND))
                && movingLinks.fills.stream().noneMatch(f -> f.colour().equals(Palette.BACKGROUND)));
        assertTrue(elements.balanced() && movingLinks.balanced());
    }

    private static long links(RecordingSurface surface) {
        return surface.lineColours.stream().filter(Palette.LINK::equals).count();
    }

    private static List<String> sorted(List<String> texts) {
        return texts.stream().sorted().toList();
    }

    private static void assertSegment(double[] expected, double[] actual) {
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], actual[i], 1e-9, "coordinate " + i);
        }
    }
}
