package org.strategycanvas.ui.mix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.TernaryMath;
import org.strategycanvas.render.Palette;

class TernaryGeometryTest {

    private final TernaryGeometry g = new TernaryGeometry(10, 210, 200);

    private MediaSplit at(double x, double y) {
        return TernaryMath.nearest(g.weightsAt(x, y), 5);
    }

    @Test
    void cornersAreOwnedOnTopEarnedLeftPaidRight() {
        assertArrayEquals(new double[] {110, 210 - 100 * Math.sqrt(3)}, g.pointOf(MediaSplit.ALL_OWNED), 1e-9);
        assertArrayEquals(new double[] {10, 210}, g.pointOf(new MediaSplit(0, 100, 0)), 1e-9);
        assertArrayEquals(new double[] {210, 210}, g.pointOf(new MediaSplit(0, 0, 100)), 1e-9);
        assertEquals(new MediaSplit(0, 50, 50), at(110, 210));
    }

    @Test
    void pointsAndWeightsAreInverse() {
        for (MediaSplit split : new MediaSplit[] {new MediaSplit(20, 30, 50), new MediaSplit(35, 35, 30),
                new MediaSplit(0, 95, 5)}) {
            double[] p = g.pointOf(split);
            assertEquals(split, at(p[0], p[1]));
        }
    }

    @Test
    void outsidePointsGoToTheNearestEdge() {
        assertFalse(g.contains(110, 0));
        assertEquals(MediaSplit.ALL_OWNED, at(110, 0), "above the top corner");
        assertEquals(new MediaSplit(0, 100, 0), at(-50, 260), "below left of the earned corner");
        assertEquals(new MediaSplit(0, 70, 30), at(70, 400), "straight below the base");
        double[] mid = g.pointOf(new MediaSplit(50, 0, 50));
        assertEquals(new MediaSplit(50, 0, 50), at(mid[0] + 30 * Math.cos(Math.PI / 6), mid[1] - 30 * 0.5),
                "out along the normal of the owned–paid edge");
        assertTrue(g.contains(110, 200));
    }

    @Test
    void fittingCentresAndCapsTheSide() {
        TernaryGeometry fit = TernaryGeometry.fitting(0, 0, 300, 400, 200);
        assertEquals(200, fit.side(), 1e-9);
        assertEquals(50, fit.left(), 1e-9);
    }

    @Test
    void thePointOfAPureSplitHasThatCornersColour() {
        assertEquals(Palette.PAID, TernaryPlot.blend(new MediaSplit(0, 0, 100)));
    }
}
