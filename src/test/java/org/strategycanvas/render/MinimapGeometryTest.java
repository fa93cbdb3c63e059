package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Bounds;

class MinimapGeometryTest {

    /** Content 10,000 x 5,000 at (0, 0): margin 4 % of 10,000 = 400, so the world is -400..10,400 x -400..5,400. */
    private final MinimapGeometry g = MinimapGeometry.fit(new Bounds(0, 0, 10_000, 5_000), 220, 150);

    @Test
    void theContentAndItsMarginFitTheBoxInProportion() {
        assertEquals(new Bounds(-400, -400, 10_800, 5_800), g.world());
        // min(220 / 10,800, 150 / 5,800) = 220 / 10,800: the width decides.
        assertEquals(220 / 10_800.0, g.scale(), 1e-12);
        assertEquals(220, g.width(), 1e-9);
        assertEquals(5_800 * 220 / 10_800.0, g.height(), 1e-9);
    }

    @Test
    void pointsMapBothWays() {
        // World (5,000, 2,500) is 5,400 and 2,900 units into the world: 110 and 59.07… pixels.
        assertEquals(110, g.toMiniX(5_000), 1e-9);
        assertEquals(2_900 * 220 / 10_800.0, g.toMiniY(2_500), 1e-9);
        assertEquals(5_000, g.toWorldX(110), 1e-9);
        assertEquals(2_500, g.toWorldY(g.toMiniY(2_500)), 1e-9);
    }

    @Test
    void theViewIsFramedCutToTheMinimap() {
        double k = 220 / 10_800.0;
        // The view (-400, -400) to (1,200, 500): from the minimap's corner, 1,600 x 900 units.
        assertEquals(new Bounds(0, 0, 1_600 * k, 900 * k), g.toMini(new Bounds(-400, -400, 1_600, 900)));
        // A view sticking out to the left is cut at the minimap's edge.
        assertEquals(new Bounds(0, 0, 600 * k, 900 * k), g.toMini(new Bounds(-1_400, -400, 1_600, 900)));
        assertNull(g.toMini(new Bounds(20_000, 0, 1_600, 900)), "far right of the plan");
    }

    @Test
    void itIsNeededOnlyWhenTheViewMissesSomeContent() {
        Bounds content = new Bounds(0, 0, 1_000, 500);
        assertFalse(MinimapGeometry.isNeeded(content, new Bounds(-10, -10, 1_100, 600)));
        assertTrue(MinimapGeometry.isNeeded(content, new Bounds(10, -10, 1_100, 600)));
    }
}
