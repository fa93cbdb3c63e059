package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFitTest {

    private final RecordingSurface surface = new RecordingSurface();
    private final TextStyle style = TextStyle.plain(10);

    @Test
    void shortTextIsKeptAndLongTextEndsWithAnEllipsis() {
        assertEquals("Blog", TextFit.ellipsize(surface, "Blog", style, 100));
        String cut = TextFit.ellipsize(surface, "A very long touchpoint name indeed", style, 60);
        assertTrue(cut.endsWith("…"), cut);
        assertTrue(surface.textWidth(cut, style) <= 60);
        assertTrue(surface.textWidth(cut.substring(0, cut.length() - 1) + "x…", style) > 60, "as long as fits");
    }

    @Test
    void wrapBreaksOnSpacesAndMarksWhatIsLeftOut() {
        // 5.5 units per character: 11 characters fit in 61 units.
        assertEquals(List.of("one two", "three four"), TextFit.wrap(surface, "one two three four", style, 61, 5));
        List<String> two = TextFit.wrap(surface, "one two three four five six", style, 61, 2);
        assertEquals(2, two.size());
        assertTrue(two.get(1).endsWith("…"), two.toString());
        assertEquals(List.of("a", "b"), TextFit.wrap(surface, "a\nb", style, 61, 3));
    }

    @Test
    void aCompoundWordBreaksAfterAHyphenAndJoinsAgainWhenItFits() {
        // 5.5 units per character: "Bouche-à-" is 9 characters (49.5), "oreille" 7.
        assertEquals(List.of("Bouche-à-", "oreille"), TextFit.wrap(surface, "Bouche-à-oreille", style, 61, 3));
        assertEquals(List.of("Bouche-à-oreille"), TextFit.wrap(surface, "Bouche-à-oreille", style, 100, 3));
        assertEquals(List.of("le bouche-", "à-oreille"), TextFit.wrap(surface, "le bouche-à-oreille", style, 61, 3));
        assertEquals(List.of("a - b"), TextFit.wrap(surface, "a - b", style, 61, 3));
    }

    @Test
    void frenchPunctuationSetApartStaysWithItsWord() {
        // "Instagram :" is 11 characters (60.5): it fits whole rather than leaving ":" to start a line.
        assertEquals(List.of("Instagram :", "le fournil"), TextFit.wrap(surface, "Instagram : le fournil", style, 61, 3));
        assertEquals(List.of("Blog", "« Nos », oui"), TextFit.wrap(surface, "Blog « Nos », oui", style, 70, 3));
        // Too narrow for "Instagram :" (60.5) but not for "Instagram" (49.5): then the colon moves on.
        assertEquals(List.of("Instagram", ": le", "fournil"), TextFit.wrap(surface, "Instagram : le fournil", style, 55, 3));
    }
}
