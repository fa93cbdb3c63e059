package org.strategycanvas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts agree with their nouns in both languages (French singular covers 0 and 1). */
class PluralsTest {

    private final Messages french = new Messages(Locale.FRENCH);
    private final Messages english = new Messages(Locale.ENGLISH);

    @Test
    void theBriefsCompletenessAgreesWithItsCount() {
        assertEquals("Aucune partie remplie sur 17", french.get("brief.completeness", 0, 17));
        assertEquals("1 partie remplie sur 17", french.get("brief.completeness", 1, 17));
        assertEquals("16 parties remplies sur 17", french.get("brief.completeness", 16, 17));
        assertEquals("1 of 17 parts filled", english.get("brief.completeness", 1, 17));
        assertEquals("1 of 1 part filled", english.get("brief.completeness", 1, 1));
    }
}
