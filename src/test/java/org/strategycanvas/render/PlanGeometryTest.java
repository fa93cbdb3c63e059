package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Zone;

class PlanGeometryTest {

    private final Zone zone = Zone.create("zn-1", "Aware", 0, 0);
    private final StickyNote note = StickyNote.create("nt-2", "Ask the baker", 50, 100);
    private final Objective objective = Objective.create("ob-3", "More orders", 60, 110);
    private final Project plan = TestPlans.of(
            List.of(TestPlans.card("tp-4", "Site", 70, 120), TestPlans.card("tp-5", "Blog", 75, 125)),
            List.of(objective), List.of(), List.of(note), List.of(zone));

    private String idAt(double x, double y) {
        return PlanGeometry.topAt(plan, x, y).map(Element::id).orElse(null);
    }

    @Test
    void touchpointsAreAboveObjectivesAboveNotesAboveZones() {
        assertEquals("tp-5", idAt(80, 130), "the later of two overlapping cards is on top");
        assertEquals("tp-4", idAt(72, 122));
        assertEquals("ob-3", idAt(62, 112));
        assertEquals("nt-2", idAt(52, 102));
    }

    @Test
    void aZoneIsHitOnlyOnItsHeaderStrip() {
        assertEquals("zn-1", idAt(300, 10));
        assertEquals(null, idAt(300, PlanGeometry.ZONE_HEADER + 5), "inside a zone is empty space");
        assertEquals(null, idAt(500, 10));
    }

    @Test
    void aRectangleSelectsWhatItTouchesButZonesOnlyWhole() {
        assertEquals(List.of("nt-2", "ob-3", "tp-4", "tp-5"),
                PlanGeometry.touchedBy(plan, new Bounds(150, 180, 10, 10)));
        assertEquals(List.of(), PlanGeometry.touchedBy(plan, new Bounds(300, 300, 50, 50)));
        assertEquals(List.of("zn-1", "nt-2", "ob-3", "tp-4", "tp-5"),
                PlanGeometry.touchedBy(plan, new Bounds(-1, -1, 500, 700)));
    }

    @Test
    void contentBoundsHoldEverything() {
        assertEquals(new Bounds(0, 0, 400, 600), PlanGeometry.contentBounds(plan).orElseThrow());
        assertTrue(PlanGeometry.contentBounds(TestPlans.of(List.of())).isEmpty());
    }

    @Test
    void borderPointIsWhereTheLineToATargetLeavesTheBox() {
        Bounds box = new Bounds(0, 0, 100, 50);
        double[] right = PlanGeometry.borderPoint(box, 300, 25);
        assertEquals(100, right[0], 1e-9);
        assertEquals(25, right[1], 1e-9);
        double[] below = PlanGeometry.borderPoint(box, 50, 500);
        assertEquals(50, below[0], 1e-9);
        assertEquals(50, below[1], 1e-9);
        double[] inside = PlanGeometry.borderPoint(box, 60, 30);
        assertEquals(50, inside[0], 1e-9, "a target inside the box gives the centre");
    }
}
