package org.strategycanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TernaryMathPropertiesTest {

    @Provide
    Arbitrary<Double> weight() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(0, Double.MAX_VALUE),
                Arbitraries.doubles().between(0, 10),
                Arbitraries.of(0.0, 1.0, 1.0 / 3, Double.MIN_VALUE, Double.MAX_VALUE));
    }

    @Provide
    Arbitrary<Integer> step() {
        return Arbitraries.of(1, 5);
    }

    @Provide
    Arbitrary<MediaSplit> splits() {
        return Arbitraries.integers().between(0, 100).flatMap(owned ->
                Arbitraries.integers().between(0, 100 - owned).map(earned ->
                        new MediaSplit(owned, earned, 100 - owned - earned)));
    }

    @Property
    void anyWeightsGiveWholeStepsTotalling100(@ForAll("weight") double owned, @ForAll("weight") double earned,
                                              @ForAll("weight") double paid, @ForAll("step") int step) {
        Assume.that(owned > 0 || earned > 0 || paid > 0);
        MediaSplit split = TernaryMath.nearest(owned, earned, paid, step);
        assertEquals(100, split.owned() + split.earned() + split.paid());
        for (Media media : Media.values()) {
            assertEquals(0, split.get(media) % step, () -> split + " is on the grid of " + step);
        }
    }

    @Property
    void eachShareIsWithinOneStepOfItsExactValue(@ForAll("weight") double owned, @ForAll("weight") double earned,
                                                 @ForAll("weight") double paid, @ForAll("step") int step) {
        Assume.that(owned > 0 || earned > 0 || paid > 0);
        MediaSplit split = TernaryMath.nearest(owned, earned, paid, step);
        // Exact shares computed differently from the code under test: in BigDecimal.
        java.math.BigDecimal[] w = {new java.math.BigDecimal(owned), new java.math.BigDecimal(earned),
                new java.math.BigDecimal(paid)};
        java.math.BigDecimal total = w[0].add(w[1]).add(w[2]);
        for (Media media : Media.values()) {
            double exact = w[media.ordinal()].multiply(java.math.BigDecimal.valueOf(100))
                    .divide(total, java.math.MathContext.DECIMAL64).doubleValue();
            assertTrue(Math.abs(split.get(media) - exact) < step + 1e-9,
                    () -> split + " vs exact " + media + " " + exact);
        }
    }

    @Property
    void aSplitIsItsOwnPointAtStepOne(@ForAll("splits") MediaSplit split) {
        assertEquals(split, TernaryMath.nearest(TernaryMath.weights(split), 1));
    }

    @Property
    void aSplitOnTheFiveGridIsItsOwnPointAtStepFive(@ForAll("splits") MediaSplit any) {
        MediaSplit split = TernaryMath.nearest(TernaryMath.weights(any), 5);
        assertEquals(split, TernaryMath.nearest(TernaryMath.weights(split), 5));
    }

    @Property
    void weightsOfASplitTotalOne(@ForAll("splits") MediaSplit split) {
        TernaryMath.Weights w = TernaryMath.weights(split);
        assertEquals(1.0, w.owned() + w.earned() + w.paid(), 1e-12);
        assertEquals(split.paid() / 100.0, w.paid(), 1e-12);
    }

    @Property
    void aMoveTowardACornerAlwaysMovesThatShare(@ForAll("splits") MediaSplit split, @ForAll Media media,
                                               @ForAll("step") int step, @ForAll boolean toward) {
        MediaSplit moved = TernaryMath.toward(split, media, toward ? step : -step, step);
        int before = split.get(media);
        int after = moved.get(media);
        if (toward) {
            assertTrue(before == 100 || after > before, () -> split + " -> " + moved);
        } else {
            assertTrue(before == 0 || after < before, () -> split + " -> " + moved);
        }
        assertEquals(0, after % step);
    }

    @Example
    void handCheckedRounding() {
        assertEquals(new MediaSplit(34, 33, 33), TernaryMath.nearest(1, 1, 1, 1), "a tie goes to owned first");
        assertEquals(new MediaSplit(35, 35, 30), TernaryMath.nearest(1, 1, 1, 5), "then to earned");
        assertEquals(new MediaSplit(30, 35, 35), TernaryMath.nearest(0.3, 0.35, 0.35, 5));
        assertEquals(new MediaSplit(50, 0, 50), TernaryMath.nearest(0.5, 0.004, 0.496, 5));
        assertEquals(new MediaSplit(100, 0, 0), TernaryMath.nearest(7, 0, 0, 5));
        assertEquals(new MediaSplit(15, 25, 60), TernaryMath.nearest(0.16, 0.23, 0.61, 5),
                "largest remainder: 3.2 / 4.6 / 12.2 steps -> 3 / 5 / 12");
        assertEquals(new MediaSplit(55, 25, 20), TernaryMath.toward(new MediaSplit(50, 25, 25), Media.OWNED, 5, 5));
        assertEquals(new MediaSplit(95, 5, 0), TernaryMath.toward(MediaSplit.ALL_OWNED, Media.OWNED, -5, 5));
    }

    @Example
    void refusesWhatIsNotAPoint() {
        assertThrows(IllegalArgumentException.class, () -> TernaryMath.nearest(0, 0, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> TernaryMath.nearest(-1, 1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> TernaryMath.nearest(Double.NaN, 1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> TernaryMath.nearest(1, 1, 1, 7));
    }
}
