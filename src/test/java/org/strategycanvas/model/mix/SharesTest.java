package org.strategycanvas.model.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.MediaSplit;

class SharesTest {

    private static Shares of(long owned, long earned, long paid) {
        return Shares.of(BigDecimal.valueOf(owned), BigDecimal.valueOf(earned), BigDecimal.valueOf(paid));
    }

    @Test
    void exactSharesAreAmountsOverTheirTotal() {
        // 1 + 1 + 2 = 4: 25 %, 25 %, 50 %
        Shares s = of(1, 1, 2);
        assertEquals(25.0, s.owned());
        assertEquals(25.0, s.earned());
        assertEquals(50.0, s.paid());
        assertEquals(new MediaSplit(25, 25, 50), s.rounded());
    }

    @Test
    void thirdsGiveTheMissingPointToOwned() {
        // 33.33 each: floors 33 + 33 + 33 = 99, one point missing; equal remainders, owned comes first.
        assertEquals(new MediaSplit(34, 33, 33), of(1, 1, 1).rounded());
    }

    @Test
    void twoMissingPointsGoToOwnedThenEarnedOnATie() {
        // 1/6, 1/6, 4/6: 16.67, 16.67, 66.67; floors 16 + 16 + 66 = 98, two missing;
        // remainders 100 mod 6 = 4, 4, 400 mod 6 = 4 all equal: owned then earned.
        assertEquals(new MediaSplit(17, 17, 66), of(1, 1, 4).rounded());
    }

    @Test
    void theLargestRemainderWinsOverOrder() {
        // 0, 33.33, 66.67: floors 0 + 33 + 66 = 99; remainders 0, 1/3, 2/3: paid takes the point.
        assertEquals(new MediaSplit(0, 33, 67), of(0, 1, 2).rounded());
    }

    @Test
    void largestRemainderIsNotNearestRounding() {
        // 0.6, 0.6, 98.8: nearest rounding would give 1 + 1 + 99 = 101. Floors 0 + 0 + 98 = 98, two
        // missing; remainders 0.6, 0.6, 0.8: paid first, then owned (before earned on the tie).
        assertEquals(new MediaSplit(1, 0, 99), of(6, 6, 988).rounded());
    }

    @Test
    void halvesTieAndOwnedTakesThePoint() {
        // 29 + 29 + 142 = 200: 14.5, 14.5, 71; floors 14 + 14 + 71 = 99; remainders equal: owned.
        assertEquals(new MediaSplit(15, 14, 71), of(29, 29, 142).rounded());
    }

    @Test
    void decimalAmountsAreExact() {
        // 0.1 + 0.2 + 0.7 = 1.0 exactly in decimal (not in binary): 10 / 20 / 70.
        Shares s = Shares.of(new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("0.7"));
        assertEquals(new MediaSplit(10, 20, 70), s.rounded());
    }

    @Test
    void sharesOfASplitAreItsPercents() {
        assertEquals(new MediaSplit(60, 30, 10), Shares.of(new MediaSplit(60, 30, 10)).rounded());
        assertEquals(of(6, 3, 1), Shares.of(new MediaSplit(60, 30, 10)), "same proportions are equal");
    }

    @Test
    void negativeOrAllZeroAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> of(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> of(-1, 1, 1));
    }
}
