package org.strategycanvas.model.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Media;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.testing.ProjectArbitraries;

class MixPropertiesTest {

    @Provide
    Arbitrary<Touchpoint> touchpoints() {
        Arbitrary<BigDecimal> budgets = Arbitraries.oneOf(ProjectArbitraries.budgets(),
                Arbitraries.just(BigDecimal.ZERO));
        return Combinators.combine(Arbitraries.of(TouchpointType.class), ProjectArbitraries.splits(), budgets)
                .as((type, split, budget) -> new Touchpoint("tp-1", type, "", "", new Bounds(0, 0, 1, 1), split,
                        budget));
    }

    @Provide
    Arbitrary<List<Touchpoint>> touchpointLists() {
        return touchpoints().list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e12")).ofScale(3);
    }

    @Property(tries = 500)
    void anyMixRoundsToASplitTotalling100(@ForAll("touchpointLists") List<Touchpoint> tps) {
        for (Weighting w : Weighting.values()) {
            MediaSplit split = PlanMix.mix(tps, w).split().orElseThrow();
            assertEquals(100, split.owned() + split.earned() + split.paid()); // MediaSplit checks it too
        }
    }

    @Property(tries = 1000)
    void roundingIsWithinOnePointOfTheExactShares(@ForAll("amounts") BigDecimal owned,
                                                  @ForAll("amounts") BigDecimal earned,
                                                  @ForAll("amounts") BigDecimal paid) {
        if (owned.signum() == 0 && earned.signum() == 0 && paid.signum() == 0) {
            return;
        }
        Shares shares = Shares.of(owned, earned, paid);
        MediaSplit split = shares.rounded();
        for (Media m : Media.values()) {
            double diff = split.get(m) - shares.get(m);
            assertTrue(diff > -1 && diff < 1, () -> m + ": " + split + " vs " + shares);
        }
    }

    @Property(tries = 500)
    void theWeightedMixOfIdenticalSplitsIsThatSplit(@ForAll("touchpointLists")
                                                    List<Touchpoint> tps) {
        MediaSplit common = tps.get(0).split();
        List<Touchpoint> same = new ArrayList<>();
        for (Touchpoint t : tps) {
            same.add(t.withSplit(common));
        }
        assertEquals(common, PlanMix.budgetWeighted(same).split().orElseThrow());
        assertEquals(common, PlanMix.unweighted(same).split().orElseThrow());
    }

    @Property(tries = 300)
    void theOrderOfTouchpointsDoesNotMatter(@ForAll("touchpointLists") List<Touchpoint> tps) {
        List<Touchpoint> reversed = new ArrayList<>(tps);
        java.util.Collections.reverse(reversed);
        assertEquals(PlanMix.budgetWeighted(tps), PlanMix.budgetWeighted(reversed));
    }
}
