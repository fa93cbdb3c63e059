package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Bounds;

class SegmentClipTest {

    private static final Bounds BOX = new Bounds(100, 100, 100, 100);

    @Test
    void aSegmentAcrossTheBoxKeepsItsMiddle() {
        // From x = 0 to x = 400 at y = 150: inside from x = 100 (1/4 of the way) to x = 200 (1/2 of the way).
        assertArrayEquals(new double[] {0.25, 0.5}, SegmentClip.inside(0, 150, 400, 150, BOX), 1e-12);
    }

    @Test
    void aSegmentInsideIsWholeAndOneOutsideIsNothing() {
        assertArrayEquals(new double[] {0, 1}, SegmentClip.inside(120, 120, 180, 190, BOX), 1e-12);
        assertNull(SegmentClip.inside(0, 0, 90, 300, BOX), "left of the box");
        // The diagonal x + y = 250 enters at (100, 150), 0.4 of the way, and leaves at (150, 100), 0.6 of it.
        assertArrayEquals(new double[] {0.4, 0.6}, SegmentClip.inside(0, 250, 250, 0, BOX), 1e-12);
        // x + y = 150 comes closest at (75, 75), short of the box's corner (100, 100).
        assertNull(SegmentClip.inside(0, 150, 150, 0, BOX));
    }
}
