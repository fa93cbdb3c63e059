package org.strategycanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frames of a presentation, worked out by hand from a small plan. */
class FramesTest {

    private static final ProjectInfo INFO = new ProjectInfo("Bakery", "Le Fournil", "Test", "en", "EUR",
            LocalDate.of(2025, 1, 6));

    private static Touchpoint card(String id, TouchpointType type, double x, double y) {
        return Touchpoint.create(id, type, id, x, y);
    }

    /**
     * Two stage zones given out of journey order, two plain zones given right to left; two web cards and an
     * Instagram card; an objective served by a web card and the Instagram card, and one served by nothing.
     */
    private static Project plan() {
        List<Zone> zones = List.of(
                new Zone("zn-1", "Buying", Tone.YELLOW, new Bounds(500, 0, 300, 400), "buying"),
                new Zone("zn-2", "Ideas", Tone.GREY, new Bounds(900, 0, 200, 200)),
                new Zone("zn-3", "Aware", Tone.BLUE, new Bounds(0, 0, 300, 400), "aware"),
                new Zone("zn-4", "Parking", Tone.GREY, new Bounds(-400, 0, 100, 100)));
        List<Touchpoint> cards = List.of(
                card("tp-5", TouchpointType.WEBSITE, 20, 60),
                card("tp-6", TouchpointType.INSTAGRAM, 520, 60),
                card("tp-7", TouchpointType.BLOG, 20, 200));
        List<Objective> objectives = List.of(
                Objective.create("ob-8", "More orders", 20, 500),
                Objective.create("ob-9", "Alone", 600, 500));
        List<Link> links = List.of(
                new Link("ln-10", "tp-5", "ob-8", LinkKind.SERVES),
                new Link("ln-11", "tp-6", "ob-8", LinkKind.SERVES),
                new Link("ln-12", "tp-7", "ob-8", LinkKind.RELATED),
                new Link("ln-13", "tp-5", "tp-6", LinkKind.FLOW));
        return new Project(INFO, cards, objectives, links, List.of(), zones);
    }

    @Test
    void framesComeFromThePlansStructureInOrder() {
        List<Frame> frames = Frames.of(plan());
        List<String> keys = frames.stream().map(Frame::key).toList();
        assertEquals(List.of("CANVAS:null", "STAGE:zn-3", "STAGE:zn-1", "ZONE:zn-4", "ZONE:zn-2",
                "FAMILY:web", "FAMILY:social", "OBJECTIVE:ob-8", "OBJECTIVE:ob-9"), keys);
        assertEquals(List.of("", "Aware", "Buying", "Parking", "Ideas", "", "", "More orders", "Alone"),
                frames.stream().map(Frame::name).toList());
        assertEquals(List.of(List.of(), List.of("zn-3"), List.of("zn-1"), List.of("zn-4"), List.of("zn-2"),
                List.of("tp-5", "tp-7"), List.of("tp-6"), List.of("ob-8", "tp-5", "tp-6"), List.of("ob-9")),
                frames.stream().map(Frame::focus).toList(), "what each frame is about");
    }

    @Test
    void eachFrameIsItsContentWithAMarginOfForty() {
        List<Frame> frames = Frames.of(plan());
        // Everything: x from -400 (Parking) to 1100 (Ideas: 900 + 200), y from 0 to 596 (objectives: 500 + 96).
        // With 40 around: (-440, -40), 1500 + 80 = 1580 wide, 596 + 80 = 676 high.
        assertEquals(new Bounds(-440, -40, 1580, 676), frames.get(0).bounds());
        // Aware: (0, 0, 300, 400) → (-40, -40, 380, 480).
        assertEquals(new Bounds(-40, -40, 380, 480), frames.get(1).bounds());
        // Buying: (500, 0, 300, 400) → (460, -40, 380, 480).
        assertEquals(new Bounds(460, -40, 380, 480), frames.get(2).bounds());
        // Web cards: (20, 60) to (200, 296) (the blog at y 200, 96 high) → (-20, 20, 260, 316).
        assertEquals(new Bounds(-20, 20, 260, 316), frames.get(5).bounds());
        // Instagram alone: (520, 60, 180, 96) → (480, 20, 260, 176).
        assertEquals(new Bounds(480, 20, 260, 176), frames.get(6).bounds());
        // More orders (20, 500, 200, 96) with the website (20, 60) and Instagram (520 to 700), not the blog
        // (a related link): x 20 to 700, y 60 to 596 → (-20, 20, 760, 616).
        assertEquals(new Bounds(-20, 20, 760, 616), frames.get(7).bounds());
        // Alone: (600, 500, 200, 96) → (560, 460, 280, 176).
        assertEquals(new Bounds(560, 460, 280, 176), frames.get(8).bounds());
    }

    @Test
    void framesFollowTheContentWhenItMoves() {
        Project plan = plan();
        Touchpoint moved = plan.touchpoints().get(1).withBounds(new Bounds(520, 800, 180, 96));
        Project after = plan.replacing(java.util.Map.of(moved.id(), moved));
        List<Frame> frames = Frames.of(after);
        // Instagram now at y 800: its family frame is (480, 760, 260, 176) and More orders reaches y 896 + 40.
        assertEquals(new Bounds(480, 760, 260, 176), frames.get(Frames.indexOf(frames, "FAMILY:social")).bounds());
        assertEquals(new Bounds(-20, 20, 760, 916), frames.get(Frames.indexOf(frames, "OBJECTIVE:ob-8")).bounds());
    }

    @Test
    void anEmptyPlanHasTheWholeCanvasFrameOnly() {
        List<Frame> frames = Frames.of(Project.empty(INFO));
        assertEquals(1, frames.size());
        assertEquals(Frame.Kind.CANVAS, frames.get(0).kind());
        assertEquals(-1, Frames.indexOf(frames, "FAMILY:web"));
    }
}
