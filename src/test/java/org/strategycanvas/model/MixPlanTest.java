package org.strategycanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MixPlanTest {

    private final MixPlan plan = MixPlan.DEFAULT
            .withPhases(List.of(new Phase("Launch", 0, 2), new Phase("Growth", 3, 7), new Phase("Loyalty", 8, 11)));

    @Test
    void namingARunOfPeriodsCutsTheOverlappedPhases() {
        MixPlan result = plan.withPhase("Summer", 2, 4);
        assertEquals(List.of(new Phase("Launch", 0, 1), new Phase("Summer", 2, 4), new Phase("Growth", 5, 7),
                new Phase("Loyalty", 8, 11)), result.phases());
    }

    @Test
    void aNameInsideAPhaseSplitsItInThree() {
        assertEquals(List.of(new Phase("Growth", 3, 4), new Phase("Sale", 5, 5), new Phase("Growth", 6, 7)),
                plan.withPhase("Sale", 5, 5).phases().subList(1, 4));
    }

    @Test
    void neighboursWithTheSameNameBecomeOne() {
        assertEquals(new Phase("Launch", 0, 4), plan.withPhase("Launch", 3, 4).phases().get(0));
    }

    @Test
    void aBlankNameLeavesThePeriodsInNoPhase() {
        assertEquals(List.of(new Phase("Launch", 0, 2), new Phase("Loyalty", 8, 11)),
                plan.withPhase("  ", 3, 7).phases());
        assertEquals(java.util.Optional.empty(), plan.withPhase("", 3, 7).phaseOf(5));
    }

    @Test
    void fewerPeriodsDropWhatFallsBeyondTheEnd() {
        MixPlan withTargets = plan.withTarget(1, new MediaSplit(40, 20, 40)).withTarget(10, new MediaSplit(50, 45, 5));
        MixPlan shorter = withTargets.withPeriods(PeriodUnit.WEEK, 9);
        assertEquals(PeriodUnit.WEEK, shorter.unit());
        assertEquals(Map.of(1, new MediaSplit(40, 20, 40)), shorter.targets());
        assertEquals(new Phase("Loyalty", 8, 8), shorter.phases().get(2));
    }

    @Test
    void targetsAndPhasesMustFitThePlan() {
        assertThrows(IllegalArgumentException.class, () -> MixPlan.DEFAULT.withTarget(12, new MediaSplit(100, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> MixPlan.DEFAULT.withPhases(List.of(new Phase("X", 3, 12))));
        assertThrows(IllegalArgumentException.class, () -> new Phase("X", 4, 3));
    }
}
