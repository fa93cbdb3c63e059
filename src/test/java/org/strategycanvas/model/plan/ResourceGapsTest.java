package org.strategycanvas.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceGapsTest {

    private static BigDecimal bd(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static Resource r(String available, String needed) {
        return new Resource(bd(available), bd(needed), "");
    }

    @Test
    void neededMinusAvailableOnlyWhenBothAreKnown() {
        Brief brief = Brief.EMPTY
                .withResource(ResourceKind.STAFF, r("1", "2.5"))      // 2.5 - 1 = 1.5 short
                .withResource(ResourceKind.BUDGET, r("5000", "3000"))  // 3000 - 5000 = -2000, covered
                .withResource(ResourceKind.TIME, r(null, "10"))        // unknown: no gap
                .withResource(ResourceKind.EXPERTISE, r("2", "2"));    // 0, covered
        Map<ResourceKind, ResourceGaps.Gap> gaps = ResourceGaps.of(brief);
        assertEquals(List.of(ResourceKind.STAFF, ResourceKind.BUDGET, ResourceKind.EXPERTISE),
                List.copyOf(gaps.keySet()));
        assertEquals(bd("1.5"), gaps.get(ResourceKind.STAFF).amount());
        assertTrue(gaps.get(ResourceKind.STAFF).isShort());
        assertEquals(bd("-2000"), gaps.get(ResourceKind.BUDGET).amount());
        assertFalse(gaps.get(ResourceKind.BUDGET).isShort());
        assertFalse(gaps.get(ResourceKind.EXPERTISE).isShort());
    }

    @Test
    void anEmptyBriefHasNoGap() {
        assertTrue(ResourceGaps.of(Brief.EMPTY).isEmpty());
    }
}
