package org.strategycanvas.model.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycanvas.model.mix.PlanMixTest.tp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.PeriodUnit;
import org.strategycanvas.model.Phase;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;

class MixTimelineTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    // Periods: 0 = 03-02..04-01, 1 = 04-02..05-01, 2 = 05-02..06-01.
    private final Touchpoint site = tp("tp-1", TouchpointType.WEBSITE, 85, 10, 5, "300");
    private final Touchpoint ads = tp("tp-2", TouchpointType.SOCIAL_ADS, 0, 5, 95, "100")
            .withActiveRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));
    private final Touchpoint reviews = tp("tp-3", TouchpointType.REVIEWS, 10, 85, 5, "0")
            .withActiveRange(LocalDate.of(2026, 5, 2), null);

    private final MixPlan plan = new MixPlan(PeriodUnit.MONTH, 3, List.of(new Phase("Lancement", 0, 0)),
            Map.of(0, new MediaSplit(40, 20, 40), 1, new MediaSplit(85, 10, 5), 2, new MediaSplit(70, 15, 15)), 15);

    @Test
    void eachPeriodMixesOnlyItsActiveTouchpointsAndIsComparedWithItsTarget() {
        List<PeriodMix> timeline = MixTimeline.of(START, plan, List.of(site, ads, reviews));
        assertEquals(3, timeline.size());

        PeriodMix launch = timeline.get(0);
        assertEquals(LocalDate.of(2026, 4, 1), launch.end());
        assertEquals("Lancement", launch.phase().orElseThrow().name());
        // Site 300 + ads 100 (see PlanMixTest): 64/9/27. Target 40/20/40: |64-40| = 24, |9-20| = 11,
        // |27-40| = 13 → gap 24 > 15: flagged.
        assertEquals(Optional.of(new MediaSplit(64, 9, 27)), launch.planned().split());
        assertEquals(OptionalInt.of(24), launch.gap());
        assertTrue(launch.flagged());

        // The ads stopped on 04-01: the site alone, 85/10/5, on target.
        PeriodMix second = timeline.get(1);
        assertEquals(Optional.of(new MediaSplit(85, 10, 5)), second.planned().split());
        assertEquals(OptionalInt.of(0), second.gap());
        assertFalse(second.flagged());
        assertEquals(Optional.empty(), second.phase());

        // Reviews join but weigh nothing (budget 0 while the site has one): 85/10/5 against 70/15/15:
        // 15, 5, 10 → gap 15, not above the threshold of 15.
        PeriodMix third = timeline.get(2);
        assertEquals(Optional.of(new MediaSplit(85, 10, 5)), third.planned().split());
        assertEquals(2, third.planned().touchpointCount());
        assertEquals(OptionalInt.of(15), third.gap());
        assertFalse(third.flagged());
    }

    @Test
    void aPeriodWithoutActiveTouchpointsHasAnEmptyMixAndIsNeverFlagged() {
        MixPlan onePeriod = new MixPlan(PeriodUnit.WEEK, 2, List.of(), Map.of(1, new MediaSplit(0, 0, 100)), 0);
        Touchpoint later = site.withActiveRange(LocalDate.of(2026, 3, 9), null);
        List<PeriodMix> timeline = MixTimeline.of(START, onePeriod, List.of(later));
        assertTrue(timeline.get(0).planned().isEmpty());
        assertEquals(OptionalInt.empty(), timeline.get(0).gap());
        assertFalse(timeline.get(0).flagged());
        // Week 1 (03-09..03-15): the site, 85/10/5, against 0/0/100 → gap 95 > 0.
        assertEquals(OptionalInt.of(95), timeline.get(1).gap());
        assertTrue(timeline.get(1).flagged());
    }

    @Test
    void withoutATargetThereIsNoGap() {
        MixPlan noTargets = new MixPlan(PeriodUnit.MONTH, 1, List.of(), Map.of(), 0);
        PeriodMix only = MixTimeline.of(START, noTargets, List.of(site)).get(0);
        assertEquals(Optional.empty(), only.target());
        assertEquals(OptionalInt.empty(), only.gap());
        assertFalse(only.flagged());
    }

    @Test
    void aPeriodWhereNoActiveTouchpointHasABudgetFallsBackToEqualWeights() {
        MixPlan plan3 = new MixPlan(PeriodUnit.MONTH, 3, List.of(), Map.of(), 15);
        Touchpoint early = site.withActiveRange(null, LocalDate.of(2026, 5, 1));
        PeriodMix third = MixTimeline.of(START, plan3, List.of(early, reviews)).get(2);
        assertTrue(third.planned().fellBackToEqual());
        assertEquals(Optional.of(new MediaSplit(10, 85, 5)), third.planned().split());
    }

    @Test
    void theGapIsTheLargestDifferenceOverTheThreeMedia() {
        assertEquals(0, MixTimeline.gap(new MediaSplit(50, 30, 20), new MediaSplit(50, 30, 20)));
        assertEquals(7, MixTimeline.gap(new MediaSplit(50, 30, 20), new MediaSplit(45, 28, 27)));
        assertEquals(100, MixTimeline.gap(MediaSplit.ALL_OWNED, new MediaSplit(0, 100, 0)));
    }
}
