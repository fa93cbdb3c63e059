package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.strategycanvas.model.Bounds;

class SpatialGridTest {

    @Test
    void aQueryGivesTheRectanglesInTheCellsItTouchesInOrderAndOnce() {
        SpatialGrid grid = new SpatialGrid(100, 4);
        grid.addRect(0, new Bounds(10, 10, 50, 50));     // cell (0, 0)
        grid.addRect(1, new Bounds(150, 10, 100, 50));   // cells (1, 0) and (2, 0)
        grid.addRect(2, new Bounds(-90, 310, 20, 20));   // cell (-1, 3)
        grid.addRect(3, new Bounds(90, 90, 20, 20));     // cells (0..1, 0..1)
        // The area 120..180 x 20..40 touches cell (1, 0) only: rectangles 1 and 3 are listed there.
        assertArrayEquals(new int[] {1, 3}, grid.query(new Bounds(120, 20, 60, 20)));
        assertArrayEquals(new int[] {2}, grid.query(new Bounds(-50, 350, 10, 10)));
        assertArrayEquals(new int[] {0, 1, 2, 3}, grid.query(new Bounds(-1000, -1000, 3000, 3000)));
        assertArrayEquals(new int[] {}, grid.query(new Bounds(500, 500, 10, 10)));
    }

    @Test
    void aLongSegmentIsFoundAlongItsLineButNotInTheCornersOfItsBox() {
        SpatialGrid grid = new SpatialGrid(100, 1);
        grid.addSegment(0, 0, 0, 1000, 1000);
        assertArrayEquals(new int[] {0}, grid.query(new Bounds(540, 540, 10, 10)), "on the diagonal");
        assertArrayEquals(new int[] {}, grid.query(new Bounds(900, 50, 10, 10)), "far from it, inside its box");
    }

    /**
     * Found by the reader fuzz test (ReaderFuzzTest): a card at x = -1e15 in a file that reads fine hung the
     * window at opening, its link walked 2e12 cells. Huge items are now given by every query instead.
     */
    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // before the fix: never returned
    void hugeItemsAreIndexedAtOnceAndFoundEverywhere() {
        SpatialGrid grid = new SpatialGrid(512, 4);
        grid.addSegment(0, -1e15, 0, 0, 0);
        grid.addSegment(1, 0, 0, 1e300, 1e300);
        grid.addRect(2, new Bounds(-1e9, -1e9, 2e9, 2e9));
        grid.addRect(3, new Bounds(10, 10, 50, 50));
        assertArrayEquals(new int[] {0, 1, 2}, grid.query(new Bounds(5_000, 5_000, 10, 10)));
        assertArrayEquals(new int[] {0, 1, 2, 3}, grid.query(new Bounds(0, 0, 100, 100)));
    }

    /** Whatever the items and the area, nothing that meets the area is missing from the answer. */
    @Test
    void noRectangleOrSegmentMeetingTheAreaIsMissed() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 60;
            double cell = 20 + random.nextInt(300);
            SpatialGrid grid = new SpatialGrid(cell, 2 * n);
            List<Bounds> rects = new ArrayList<>();
            List<double[]> segments = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Bounds b = new Bounds(random.nextDouble() * 4000 - 2000, random.nextDouble() * 4000 - 2000,
                        1 + random.nextDouble() * 400, 1 + random.nextDouble() * 400);
                rects.add(b);
                grid.addRect(i, b);
                double[] s = {random.nextDouble() * 4000 - 2000, random.nextDouble() * 4000 - 2000,
                        random.nextDouble() * 4000 - 2000, random.nextDouble() * 4000 - 2000};
                segments.add(s);
                grid.addSegment(n + i, s[0], s[1], s[2], s[3]);
            }
            Bounds area = new Bounds(random.nextDouble() * 4000 - 2000, random.nextDouble() * 4000 - 2000,
                    1 + random.nextDouble() * 1500, 1 + random.nextDouble() * 1500);
            int[] found = grid.query(area);
            int[] sorted = found.clone();
            Arrays.sort(sorted);
            assertArrayEquals(sorted, Arrays.stream(found).distinct().toArray(), "sorted, each once");
            for (int i = 0; i < n; i++) {
                int item = i;
                if (rects.get(i).intersects(area)) {
                    assertTrue(Arrays.stream(found).anyMatch(f -> f == item), "rectangle " + i + " in " + area);
                }
                double[] s = segments.get(i);
                if (SegmentClip.meets(s[0], s[1], s[2], s[3], area)) {
                    assertTrue(Arrays.stream(found).anyMatch(f -> f == n + item), "segment " + i + " in " + area);
                }
            }
        }
    }
}
