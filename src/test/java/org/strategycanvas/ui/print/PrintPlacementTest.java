package org.strategycanvas.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a sheet lands on a printer's page, with the arithmetic written out. */
class PrintPlacementTest {

    private static final double EPS = 1e-3;
    /** A 600 × 800 pt sheet keeping 20 pt blank on each side: its content is 560 × 760 pt. */
    private static final PrintPlacement.Sheet SHEET = new PrintPlacement.Sheet(600, 800, 20);

    @Test
    void onTheSamePaperWithinTheMarginsTheSheetPrintsAtItsTrueSizeAndPlace() {
        // Hardware margins 12 pt left, 15 pt top (and 12 right, 15 bottom): the node starts 12, 15 pt into
        // the paper, so the sheet's corner is at (-12, -15) in the node, at 100 %.
        PrintPlacement p = PrintPlacement.of(SHEET, new PrintPlacement.PrinterPage(600, 800, 12, 15, 576, 770));
        assertEquals(1, p.scale(), EPS);
        assertEquals(-12, p.x(), EPS);
        assertEquals(-15, p.y(), EPS);
    }

    @Test
    void printerMarginsWiderThanTheSheetsShrinkItsContentToFitAndCentreIt() {
        // 40 pt hardware margins leave 520 × 720 pt. Scale = min(520 / 560, 720 / 760)
        // = min(0.928571, 0.947368) = 0.928571. The content's centre (20 + 280, 20 + 380) = (300, 400)
        // goes to the printable centre (260, 360): x = 260 − 0.928571 × 300 = −18.571,
        // y = 360 − 0.928571 × 400 = −11.429.
        PrintPlacement p = PrintPlacement.of(SHEET, new PrintPlacement.PrinterPage(600, 800, 40, 40, 520, 720));
        assertEquals(0.928571, p.scale(), 1e-6);
        assertEquals(-18.571, p.x(), EPS);
        assertEquals(-11.429, p.y(), EPS);
    }

    @Test
    void anotherPaperSizeFitsTheContentWithoutEverEnlargingIt() {
        // Letter-like 612 × 792 with 18 pt margins: 576 × 756 printable. Scale = min(1, 576 / 560 = 1.0286,
        // 756 / 760 = 0.994737) = 0.994737. x = 288 − 0.994737 × 300 = −10.421;
        // y = 378 − 0.994737 × 400 = −19.895.
        PrintPlacement p = PrintPlacement.of(SHEET, new PrintPlacement.PrinterPage(612, 792, 18, 18, 576, 756));
        assertEquals(0.994737, p.scale(), 1e-6);
        assertEquals(-10.421, p.x(), EPS);
        assertEquals(-19.895, p.y(), EPS);
        // A far larger paper (A3-like 842 × 1191, no margins): scale stays 1, centred: x = 421 − 300 = 121,
        // y = 595.5 − 400 = 195.5.
        PrintPlacement large = PrintPlacement.of(SHEET, new PrintPlacement.PrinterPage(842, 1191, 0, 0, 842, 1191));
        assertEquals(1, large.scale(), EPS);
        assertEquals(121, large.x(), EPS);
        assertEquals(195.5, large.y(), EPS);
    }

    @Test
    void printerRoundingOfHalfAPointStillCountsAsTheSamePaper() {
        // A4 is 595.28 × 841.89 pt; a printer reports 595 × 842 with 0 margins: same paper, true size.
        PrintPlacement.Sheet a4 = new PrintPlacement.Sheet(595.28, 841.89, 28.35);
        PrintPlacement p = PrintPlacement.of(a4, new PrintPlacement.PrinterPage(595, 842, 0, 0, 595, 842));
        assertEquals(1, p.scale(), EPS);
        assertEquals(0, p.x(), EPS);
        assertEquals(0, p.y(), EPS);
    }
}
