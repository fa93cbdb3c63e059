package org.strategycanvas.ui.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void readsAmountsAsPeopleTypeThem() {
        assertEquals(new BigDecimal("1200.50"), Decimals.parse("1 200,50", Locale.FRENCH).orElseThrow());
        assertEquals(new BigDecimal("1200.50"), Decimals.parse("1,200.50", Locale.ENGLISH).orElseThrow());
        assertEquals(new BigDecimal("1200.5"), Decimals.parse("1200.5", Locale.ENGLISH).orElseThrow());
        assertEquals(new BigDecimal("12.5"), Decimals.parse("12,5", Locale.ENGLISH).orElseThrow());
        assertEquals(new BigDecimal("300"), Decimals.parse("\u202f300 ", Locale.FRENCH).orElseThrow());
        assertTrue(Decimals.parse("douze", Locale.FRENCH).isEmpty());
        assertTrue(Decimals.parse("  ", Locale.FRENCH).isEmpty());
    }

    @Test
    void showsThemInTheLanguageOfTheInterface() {
        assertEquals("1200,50", Decimals.format(new BigDecimal("1200.50"), Locale.FRENCH));
        assertEquals("1200.50", Decimals.format(new BigDecimal("1200.50"), Locale.ENGLISH));
        assertEquals("", Decimals.format(null, Locale.ENGLISH));
    }
}
