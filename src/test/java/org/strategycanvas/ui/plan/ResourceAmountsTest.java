package org.strategycanvas.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.plan.Resource;
import org.strategycanvas.model.plan.ResourceGaps;
import org.strategycanvas.model.plan.ResourceKind;

/** The resource grid's words: amounts typed and shown, units, and the gaps said in full. */
class ResourceAmountsTest {

    private final ResourceAmounts english = new ResourceAmounts(new Messages(Locale.ENGLISH));
    private final ResourceAmounts french = new ResourceAmounts(new Messages(Locale.FRENCH));

    private static String gap(ResourceAmounts amounts, ResourceKind kind, String available, String needed) {
        Resource r = new Resource(available == null ? null : new BigDecimal(available),
                needed == null ? null : new BigDecimal(needed), "");
        return amounts.gap(kind, ResourceGaps.of(kind, r), "EUR");
    }

    @Test
    void aShortfallIsSaidWithItsUnit() {
        // 1500 - 1000 = 500 short
        assertEquals("Short by \u20ac500", gap(english, ResourceKind.BUDGET, "1000", "1500"));
        assertEquals("Il manque 500\u00a0\u20ac", gap(french, ResourceKind.BUDGET, "1000", "1500"));
        // 2.5 - 2 = 0.5 short: one person or less is singular in French
        assertEquals("Il manque 0,5 personne", gap(french, ResourceKind.STAFF, "2", "2.5"));
        assertEquals("Short by 1 person", gap(english, ResourceKind.STAFF, "1", "2"));
        // 6 - 4 = 2 hours
        assertEquals("Il manque 2 h / semaine", gap(french, ResourceKind.TIME, "4", "6"));
        // 3 - 1 = 2 skills
        assertEquals("Short by 2 skills", gap(english, ResourceKind.EXPERTISE, "1", "3"));
        assertEquals("Il manque 2 compétences", gap(french, ResourceKind.EXPERTISE, "1", "3"));
    }

    @Test
    void enoughOrMoreIsCoveredAndAMissingAmountIsUnknown() {
        assertEquals("Covered", gap(english, ResourceKind.BUDGET, "1500", "1500"));
        assertEquals("Couvert", gap(french, ResourceKind.BUDGET, "5000", "3000"));
        assertEquals("\u2014", gap(english, ResourceKind.TIME, null, "10"));
        assertEquals(Optional.empty(), ResourceGaps.of(ResourceKind.TIME, Resource.UNKNOWN));
    }

    @Test
    void amountsAreTypedInTheReadersStyleAndNeverNegative() {
        assertTrue(french.accepts("1 200,50"));
        assertEquals(new BigDecimal("1200.50"), french.valueOf("1 200,50"));
        assertEquals(new BigDecimal("2.5"), english.valueOf("2.5"));
        assertTrue(english.accepts("  "));
        assertNull(english.valueOf("  "), "blank is unknown");
        assertFalse(english.accepts("-3"));
        assertFalse(english.accepts("many"));
        assertFalse(english.accepts("1.234"), "at most two decimals");
        assertEquals("2,5", french.field(new BigDecimal("2.50")));
        assertEquals("3000", english.field(new BigDecimal("3000")));
        assertEquals("", english.field(null));
    }

    @Test
    void theBudgetsUnitIsTheProjectsCurrency() {
        assertEquals("\u20ac", french.unit(ResourceKind.BUDGET, "EUR"));
        assertEquals("personnes", french.unit(ResourceKind.STAFF, "EUR"));
        assertEquals("XYZ", english.unit(ResourceKind.BUDGET, "XYZ"));
        assertEquals("Short by 500 XYZ", english.gap(ResourceKind.BUDGET,
                ResourceGaps.of(ResourceKind.BUDGET, new Resource(BigDecimal.ZERO, new BigDecimal("500"), "")), "XYZ"));
    }
}
