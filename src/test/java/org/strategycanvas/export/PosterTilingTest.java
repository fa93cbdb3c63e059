package org.strategycanvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategycanvas.export.PosterTiling.Mark;
import org.strategycanvas.export.PosterTiling.MarkKind;
import org.strategycanvas.export.PosterTiling.Tile;
import org.strategycanvas.model.Bounds;

/**
 * Poster arithmetic by hand. Letter paper with 36 pt margins: each sheet prints 540 × 720 pt. With a 20 pt
 * overlap, 2 × 2 sheets print 2 × 540 − 20 = 1060 by 2 × 720 − 20 = 1420 pt. The area 2120 × 1000 (from
 * (100, 50)) fits at min(1060 / 2120, 1420 / 1000) = min(0.5, 1.42) = 0.5 pt per unit: 1060 × 500 pt,
 * centred down at (1420 − 500) / 2 = 460 pt from the poster's top.
 */
class PosterTilingTest {

    private static final double EPS = 1e-9;
    private static final Paper LETTER = new Paper(Paper.Size.LETTER, false, 36);
    private static final Bounds AREA = new Bounds(100, 50, 2120, 1000);

    private final PosterTiling tiling = new PosterTiling(AREA, LETTER, 2, 2, 20);

    @Test
    void theScaleFitsThePosterWhole() {
        assertEquals(0.5, tiling.scale(), EPS);
    }

    @Test
    void sheetsComeInReadingOrderWithLettersAcrossAndNumbersDown() {
        assertEquals(List.of("A1", "B1", "A2", "B2"), tiling.tiles().stream().map(Tile::label).toList());
        Tile b1 = tiling.tiles().get(1);
        assertEquals(1, b1.column());
        assertEquals(0, b1.row());
    }

    @Test
    void eachSheetShowsItsRectangleOfTheCanvas() {
        // A sheet is 540 / 0.5 = 1080 by 720 / 0.5 = 1440 canvas units.
        // A1 starts at poster (0, 0): x = 100 + (0 − 0) / 0.5 = 100, y = 50 + (0 − 460) / 0.5 = −870.
        assertRect(new Bounds(100, -870, 1080, 1440), tiling.tile(0, 0).canvas());
        // B1 starts at poster (540 − 20, 0) = (520, 0): x = 100 + 520 / 0.5 = 1140.
        assertRect(new Bounds(1140, -870, 1080, 1440), tiling.tile(1, 0).canvas());
        // A2 starts at poster (0, 720 − 20) = (0, 700): y = 50 + (700 − 460) / 0.5 = 530.
        assertRect(new Bounds(100, 530, 1080, 1440), tiling.tile(0, 1).canvas());
        // Neighbours share 20 / 0.5 = 40 canvas units: A1 ends at 1180, B1 starts at 1140.
        assertEquals(40, tiling.tile(0, 0).canvas().maxX() - tiling.tile(1, 0).canvas().x(), EPS);
        assertEquals(40, tiling.tile(0, 0).canvas().maxY() - tiling.tile(0, 1).canvas().y(), EPS);
    }

    @Test
    void thePosterHoldsTheWholeArea() {
        Bounds poster = tiling.posterCanvas();
        // 100 .. 2220 across (the area's exact width) and −870 .. 1970 down.
        assertRect(new Bounds(100, -870, 2120, 2840), poster);
        assertTrue(poster.containsAll(AREA));
    }

    @Test
    void marksShowWhereToCutAndWhereToLayTheNeighbour() {
        // A1: neighbours right and below: alignment lines 20 pt inside its printable edges,
        // x = 36 + 540 − 20 = 556 and y = 36 + 720 − 20 = 736.
        assertEquals(List.of(new Mark(true, 556, MarkKind.ALIGN), new Mark(false, 736, MarkKind.ALIGN)),
                tiling.tile(0, 0).marks());
        // B1: a neighbour on the left (cut along its printable left edge, x = 36) and one below.
        assertEquals(List.of(new Mark(true, 36, MarkKind.CUT), new Mark(false, 736, MarkKind.ALIGN)),
                tiling.tile(1, 0).marks());
        // B2: neighbours left and above only: two cut lines.
        assertEquals(List.of(new Mark(true, 36, MarkKind.CUT), new Mark(false, 36, MarkKind.CUT)),
                tiling.tile(1, 1).marks());
        // A single sheet has nothing to cut.
        assertEquals(List.of(), new PosterTiling(AREA, LETTER, 1, 1, 20).tile(0, 0).marks());
    }

    @Test
    void aTallPosterIsScaledToItsHeightAndCentredAcross() {
        // 3 × 1 sheets print 3 × 540 − 2 × 20 = 1580 by 720 pt; the area 2120 × 1000 fits at
        // min(1580 / 2120, 720 / 1000) = 0.72 → 1526.4 pt wide, left offset (1580 − 1526.4) / 2 = 26.8 pt.
        PosterTiling wide = new PosterTiling(AREA, LETTER, 3, 1, 20);
        assertEquals(0.72, wide.scale(), EPS);
        // C1 starts at poster x = 2 × 520 = 1040: canvas x = 100 + (1040 − 26.8) / 0.72 = 1507.2222…
        assertEquals(100 + (1040 - 26.8) / 0.72, wide.tile(2, 0).canvas().x(), 1e-9);
        assertEquals(50, wide.tile(2, 0).canvas().y(), 1e-9);
        assertEquals(List.of("A1", "B1", "C1"), wide.tiles().stream().map(Tile::label).toList());
    }

    @Test
    void columnsPastZGoOnWithTwoLetters() {
        assertEquals("A", PosterTiling.columnLetters(0));
        assertEquals("Z", PosterTiling.columnLetters(25));
        assertEquals("AA", PosterTiling.columnLetters(26));
        assertEquals("AB", PosterTiling.columnLetters(27));
        assertEquals("BA", PosterTiling.columnLetters(52));
        assertEquals("L12", PosterTiling.label(11, 11));
    }

    @Test
    void refusesImpossiblePosters() {
        assertThrows(IllegalArgumentException.class, () -> new PosterTiling(AREA, LETTER, 0, 2, 20));
        assertThrows(IllegalArgumentException.class, () -> new PosterTiling(AREA, LETTER, 13, 1, 20));
        assertThrows(IllegalArgumentException.class, () -> new PosterTiling(AREA, LETTER, 2, 2, 540));
        assertThrows(IllegalArgumentException.class, () -> new PosterTiling(AREA, LETTER, 2, 2, -1));
    }

    private static void assertRect(Bounds expected, Bounds actual) {
        assertEquals(expected.x(), actual.x(), 1e-9, "x");
        assertEquals(expected.y(), actual.y(), 1e-9, "y");
        assertEquals(expected.width(), actual.width(), 1e-9, "width");
        assertEquals(expected.height(), actual.height(), 1e-9, "height");
    }
}
