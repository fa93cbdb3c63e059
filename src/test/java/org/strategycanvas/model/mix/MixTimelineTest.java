package org.strategycanvas.model.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategycanvas.model.mix.PlanMixTest.tp;

import java.math.BigDecimal;
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
import org.strategycanvas.model.plan.Action;

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

    /**
     * Touchpoints planned by actions count in the periods their actions run in, weighted by the part of the
     * actions' budgets falling there (10 a day in both actions below):
     * the site's action runs 03-23..04-05 (14 days, 140): 10 days in period 0 → 100, 4 in period 1 → 40;
     * the ads' action runs 04-13..06-07 (56 days, 560): 19 days in period 1 → 190, 31 in period 2 → 310, and
     * the 6 days after the plan are left out. The ads' own dates (March only) and own budget no longer count.
     */
    @Test
    void actionsDecideWhenAndHowMuchAPlannedTouchpointWeighs() {
        Action siteAction = new Action("a1", "Refonte", "tp-1", null, 3, 2, "", Map.of("good", new BigDecimal("140")),
                false);
        Action adsAction = new Action("a2", "Campagne", "tp-2", null, 6, 8, "",
                Map.of("good", new BigDecimal("560"), "better", BigDecimal.ZERO), false);
        MixPlan plan3 = new MixPlan(PeriodUnit.MONTH, 3, List.of(), Map.of(), 15);
        List<PeriodMix> good = MixTimeline.of(START, plan3, List.of(site, ads, reviews), List.of(siteAction, adsAction),
                "good");
        // Period 0: the site alone (the ads' action has not started).
        assertEquals(Optional.of(new MediaSplit(85, 10, 5)), good.get(0).planned().split());
        assertEquals(1, good.get(0).planned().touchpointCount());
        // Period 1: site 40, ads 190 (230): owned 3400 → 14.78 %, earned 400 + 950 = 1350 → 5.87 %, paid 200 +
        // 18050 = 18250 → 79.35 %; floors 14 + 5 + 79 = 98; earned (.87) then owned (.78): 15/6/79.
        assertEquals(Optional.of(new MediaSplit(15, 6, 79)), good.get(1).planned().split());
        // Period 2: the site's action is over; the ads (310) and the reviews (no action, from 05-02, budget 0).
        assertEquals(Optional.of(new MediaSplit(0, 5, 95)), good.get(2).planned().split());
        assertEquals(2, good.get(2).planned().touchpointCount());

        // In "better" the site's action has no budget and the ads' is 0: period 1 has two touchpoints that weigh
        // nothing, so equal weights: (85 + 0) / 2 = 42.5, (10 + 5) / 2 = 7.5, (5 + 95) / 2 = 50; floors
        // 42 + 7 + 50 = 99; owned and earned tie at .5, owned goes first: 43/7/50.
        PeriodMix better = MixTimeline.of(START, plan3, List.of(site, ads, reviews), List.of(siteAction, adsAction),
                "better").get(1);
        assertTrue(better.planned().fellBackToEqual());
        assertEquals(Optional.of(new MediaSplit(43, 7, 50)), better.planned().split());
    }

    @Test
    void theGapIsTheLargestDifferenceOverTheThreeMedia() {
        assertEquals(0, MixTimeline.gap(new MediaSplit(50, 30, 20), new MediaSplit(50, 30, 20)));
        assertEquals(7, MixTimeline.gap(new MediaSplit(50, 30, 20), new MediaSplit(45, 28, 27)));
        assertEquals(100, MixTimeline.gap(MediaSplit.ALL_OWNED, new MediaSplit(0, 100, 0)));
    }
}
