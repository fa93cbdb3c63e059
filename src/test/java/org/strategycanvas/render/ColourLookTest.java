package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.Tone;

/** The screen looks of the plan's colours: text contrast, families told apart, the dark look keeping contrast. */
class ColourLookTest {

    /** Every text colour the painters draw, over what it is drawn on, on paper. */
    private static List<Rgb[]> textPairs() {
        List<Rgb[]> pairs = new ArrayList<>();
        for (Rgb ground : List.of(Palette.CARD, Palette.BACKGROUND, TimelinePainter.HEADER, TimelinePainter.SHADE)) {
            pairs.add(new Rgb[] {Palette.INK, ground});
            pairs.add(new Rgb[] {Palette.MUTED_INK, ground});
        }
        for (Tone tone : Tone.values()) {
            pairs.add(new Rgb[] {Palette.INK, Palette.tone(tone)});                      // a sticky note
            pairs.add(new Rgb[] {Palette.INK, Palette.tone(tone).mix(Palette.INK, 0.12)}); // a zone's header
        }
        pairs.add(new Rgb[] {OffTrackPainter.TAG_INK, OffTrackPainter.ALERT});
        pairs.add(new Rgb[] {TimelinePainter.TODAY, TimelinePainter.HEADER});
        pairs.add(new Rgb[] {Palette.SELECTION, Palette.CARD});                      // the active scenario's name
        return pairs;
    }

    @ParameterizedTest
    @EnumSource(ColourLook.class)
    void bodyTextReadsInEveryLook(ColourLook look) {
        for (Rgb[] pair : textPairs()) {
            double ratio = Contrast.ratio(look.apply(pair[0]), look.apply(pair[1]));
            assertTrue(ratio >= Contrast.BODY_TEXT, look + ": " + pair[0] + " on " + pair[1] + " is only " + ratio);
        }
    }

    @Test
    void darkLookKeepsEveryContrastRatio() {
        List<Rgb> colours = new ArrayList<>(List.of(Palette.INK, Palette.MUTED_INK, Palette.CARD, Palette.CARD_BORDER,
                Palette.BACKGROUND, Palette.GRID, Palette.LINK, Palette.SELECTION, Palette.HOVER, Palette.OWNED,
                Palette.EARNED, Palette.PAID, OffTrackPainter.ALERT));
        for (Family f : Family.values()) {
            colours.add(Palette.family(f));
        }
        for (Tone t : Tone.values()) {
            colours.add(Palette.tone(t));
        }
        for (Rgb a : colours) {
            for (Rgb b : colours) {
                double paper = Contrast.ratio(a, b);
                double dark = Contrast.ratio(ColourLook.DARK.apply(a), ColourLook.DARK.apply(b));
                // 8-bit channels round the luminance a little: within 4 %.
                assertEquals(paper, dark, paper * 0.04, a + " against " + b);
            }
        }
    }

    @Test
    void darkLookTurnsPaperIntoTheDarkSheetAndInkIntoLight() {
        Rgb sheet = ColourLook.DARK.apply(Palette.CARD);
        assertTrue(Contrast.ratio(sheet, ColourLook.DARK_SHEET) < 1.05, "white paper shows as the dark sheet: " + sheet);
        assertTrue(Contrast.luminance(ColourLook.DARK.apply(Palette.INK)) > 0.8, "ink turns light");
        assertTrue(Contrast.luminance(ColourLook.DARK.apply(Palette.BACKGROUND)) < 0.03, "no glaring sheet");
        assertEquals(Rgb.WHITE, ColourLook.DARK.apply(Rgb.BLACK));
        assertEquals(0.5, ColourLook.DARK.apply(Palette.CARD.withAlpha(0.5)).alpha(), "opacity is kept");
    }

    @ParameterizedTest
    @EnumSource(ColourLook.class)
    void familiesAndMediaStayApartAndKeepTheirHue(ColourLook look) {
        List<Rgb> colours = new ArrayList<>();
        for (Family f : Family.values()) {
            colours.add(Palette.family(f));
        }
        for (int i = 0; i < colours.size(); i++) {
            OkLab paper = OkLab.of(colours.get(i));
            OkLab shown = OkLab.of(look.apply(colours.get(i)));
            double turn = Math.abs(Math.toDegrees(Math.atan2(shown.b(), shown.a()) - Math.atan2(paper.b(), paper.a())));
            assertTrue(Math.min(turn, 360 - turn) < 12, look + " keeps the hue of " + colours.get(i) + ": " + turn);
            for (int j = i + 1; j < colours.size(); j++) {
                OkLab other = OkLab.of(look.apply(colours.get(j)));
                double distance = Math.sqrt(Math.pow(shown.lightness() - other.lightness(), 2)
                        + Math.pow(shown.a() - other.a(), 2) + Math.pow(shown.b() - other.b(), 2));
                // 0.02 is about the least difference one notices; families differ by far more.
                assertTrue(distance > 0.1, look + ": " + colours.get(i) + " and " + colours.get(j) + " too close");
            }
        }
    }

    @Test
    void paperLookChangesNothingAndHighContrastDeepensOnlyGreys() {
        assertEquals(Palette.MUTED_INK, ColourLook.PAPER.apply(Palette.MUTED_INK));
        assertEquals(Rgb.WHITE, ColourLook.HIGH_CONTRAST.apply(Rgb.WHITE));
        assertEquals(Palette.family(Family.WEB), ColourLook.HIGH_CONTRAST.apply(Palette.family(Family.WEB)));
        double muted = Contrast.ratio(Palette.MUTED_INK, Palette.CARD);
        double deepened = Contrast.ratio(ColourLook.HIGH_CONTRAST.apply(Palette.MUTED_INK), Palette.CARD);
        // 6.56 on paper, raised to the power 1.5: about 16.8.
        assertEquals(Math.pow(muted, 1.5), deepened, 0.5);
    }

    @Test
    void contrastMatchesTheWcagFigures() {
        assertEquals(21, Contrast.ratio(Rgb.BLACK, Rgb.WHITE), 1e-9);
        assertEquals(1, Contrast.ratio(Palette.INK, Palette.INK), 1e-9);
        // #767676 on white is the classic 4.54:1 grey.
        assertEquals(4.54, Contrast.ratio(Rgb.hex(0x767676), Rgb.WHITE), 0.01);
    }
}
