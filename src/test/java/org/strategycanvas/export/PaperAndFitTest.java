package org.strategycanvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Bounds;

/** Paper sizes and the fit-to-page arithmetic, checked by hand. */
class PaperAndFitTest {

    private static final double EPS = 1e-6;

    @Test
    void paperSizesAreInPointsAndLandscapeSwapsThem() {
        // A4 is 210 × 297 mm; 1 mm = 72 / 25.4 pt: 595.2756 × 841.8898 pt.
        Paper a4 = Paper.of(Paper.Size.A4, false);
        assertEquals(595.2756, a4.width(), 1e-4);
        assertEquals(841.8898, a4.height(), 1e-4);
        Paper a4Landscape = Paper.of(Paper.Size.A4, true);
        assertEquals(841.8898, a4Landscape.width(), 1e-4);
        assertEquals(595.2756, a4Landscape.height(), 1e-4);
        // A3 297 × 420 mm: 841.8898 × 1190.5512; Letter 8.5 × 11 in: 612 × 792.
        assertEquals(1190.5512, Paper.of(Paper.Size.A3, false).height(), 1e-4);
        assertEquals(612, Paper.of(Paper.Size.LETTER, false).width(), EPS);
        assertEquals(792, Paper.of(Paper.Size.LETTER, false).height(), EPS);
    }

    @Test
    void thePrintableAreaIsInsideTheMargins() {
        // Letter with half an inch all round: 612 − 72 = 540 by 792 − 72 = 720, from (36, 36).
        Bounds printable = new Paper(Paper.Size.LETTER, false, 36).printable();
        assertEquals(new Bounds(36, 36, 540, 720), printable);
        // The default margin is 10 mm = 28.3465 pt.
        assertEquals(28.3465, Paper.DEFAULT_MARGIN, 1e-4);
    }

    @Test
    void paperNamesAreReadWhateverTheirCase() {
        assertEquals(Optional.of(Paper.Size.LETTER), Paper.Size.named("letter"));
        assertEquals(Optional.of(Paper.Size.A3), Paper.Size.named("a3"));
        assertEquals(Optional.empty(), Paper.Size.named("A5"));
        assertThrows(IllegalArgumentException.class, () -> new Paper(Paper.Size.A4, false, 200));
    }

    @Test
    void aWideAreaIsScaledToTheWidthAndCentredDown() {
        // Area 1000 × 500 into the box (36, 36, 540, 720): scale min(540 / 1000, 720 / 500) = min(0.54, 1.44)
        // = 0.54, so 540 × 270 on the page; left 36; top 36 + (720 − 270) / 2 = 261.
        Bounds area = new Bounds(-24, -24, 1000, 500);
        PageLayout layout = PageLayout.fit(area, new Bounds(36, 36, 540, 720), 10);
        assertEquals(0.54, layout.scale(), EPS);
        assertEquals(36, layout.left(), EPS);
        assertEquals(261, layout.top(), EPS);
        // The area's far corner (976, 476) lands at (36 + 1000 × 0.54, 261 + 500 × 0.54) = (576, 531).
        assertEquals(576, layout.pageX(976), EPS);
        assertEquals(531, layout.pageY(476), EPS);
    }

    @Test
    void aSmallAreaIsNotBlownUpBeyondTheLargestScale() {
        // 100 × 100 into 540 × 720 could be 5.4 times larger; the cap 1.5 gives 150 × 150, centred:
        // left 36 + (540 − 150) / 2 = 231, top 36 + (720 − 150) / 2 = 321.
        PageLayout layout = PageLayout.fit(new Bounds(0, 0, 100, 100), new Bounds(36, 36, 540, 720), 1.5);
        assertEquals(1.5, layout.scale(), EPS);
        assertEquals(new Bounds(231, 321, 150, 150), layout.onPage());
    }

    @Test
    void theFittedAreaIsNeverCut() {
        Bounds box = Paper.of(Paper.Size.A4, true).printable();
        for (double w = 50; w < 20000; w *= 1.7) {
            for (double h = 50; h < 20000; h *= 2.3) {
                Bounds onPage = CanvasPages.fit(new Bounds(-w / 3, 7, w, h), Paper.of(Paper.Size.A4, true)).onPage();
                assertTrue(onPage.x() >= box.x() - EPS && onPage.maxX() <= box.maxX() + EPS, w + "×" + h);
                assertTrue(onPage.y() >= box.y() - EPS && onPage.maxY() <= box.maxY() + EPS, w + "×" + h);
                boolean touchesASide = Math.abs(onPage.width() - box.width()) < 1e-6
                        || Math.abs(onPage.height() - box.height()) < 1e-6
                        || Math.abs(onPage.width() / w - CanvasPages.MAX_FIT_SCALE) < 1e-9;
                assertTrue(touchesASide, "as large as it may be: " + w + "×" + h);
            }
        }
    }
}
