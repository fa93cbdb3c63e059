package org.strategycanvas.model.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;

class PlanMixTest {

    static Touchpoint tp(String id, TouchpointType type, int owned, int earned, int paid, String budget) {
        return new Touchpoint(id, type, id, "", new Bounds(0, 0, 180, 96), new MediaSplit(owned, earned, paid),
                new BigDecimal(budget));
    }

    private final Touchpoint site = tp("tp-1", TouchpointType.WEBSITE, 85, 10, 5, "300");
    private final Touchpoint ads = tp("tp-2", TouchpointType.SOCIAL_ADS, 0, 5, 95, "100");
    private final Touchpoint reviews = tp("tp-3", TouchpointType.REVIEWS, 10, 85, 5, "0");

    @Test
    void noTouchpointGivesAnEmptyMix() {
        Mix mix = PlanMix.budgetWeighted(List.of());
        assertTrue(mix.isEmpty());
        assertEquals(Optional.empty(), mix.split());
        assertEquals(0, mix.touchpointCount());
        assertTrue(PlanMix.unweighted(List.of()).isEmpty());
    }

    @Test
    void unweightedIsTheMeanOfTheSplits() {
        // (85 + 0 + 10) / 3 = 31.67, (10 + 5 + 85) / 3 = 33.33, (5 + 95 + 5) / 3 = 35;
        // floors 31 + 33 + 35 = 99; remainders 2/3, 1/3, 0: owned takes the point.
        Mix mix = PlanMix.unweighted(List.of(site, ads, reviews));
        assertEquals(Optional.of(new MediaSplit(32, 33, 35)), mix.split());
        assertEquals(Weighting.EQUAL, mix.used());
        assertFalse(mix.fellBackToEqual());
        assertEquals(95.0 / 3, mix.shares().orElseThrow().owned(), 1e-12);
    }

    @Test
    void budgetWeightedFollowsTheMoney() {
        // Budgets 300 + 100 + 0 = 400. Owned 300 × 85 = 25500 → 63.75 %; earned 300 × 10 + 100 × 5 = 3500
        // → 8.75 %; paid 300 × 5 + 100 × 95 = 11000 → 27.5 %. Floors 63 + 8 + 27 = 98, two missing;
        // remainders .75, .75, .5: owned and earned. The review card (budget 0) weighs nothing.
        Mix mix = PlanMix.budgetWeighted(List.of(site, ads, reviews));
        assertEquals(Optional.of(new MediaSplit(64, 9, 27)), mix.split());
        assertEquals(Weighting.BUDGET, mix.used());
        assertFalse(mix.fellBackToEqual());
        assertEquals(3, mix.touchpointCount());
    }

    @Test
    void withoutAnyBudgetTheWeightedMixFallsBackToTheMeanAndSaysSo() {
        Touchpoint freeSite = site.withBudget(BigDecimal.ZERO);
        Touchpoint freeAds = ads.withBudget(new BigDecimal("0.00"));
        Mix mix = PlanMix.budgetWeighted(List.of(freeSite, freeAds));
        // (85 + 0) / 2 = 42.5, (10 + 5) / 2 = 7.5, (5 + 95) / 2 = 50: floors 42 + 7 + 50 = 99; owned on the tie.
        assertEquals(Optional.of(new MediaSplit(43, 7, 50)), mix.split());
        assertEquals(Weighting.BUDGET, mix.asked());
        assertEquals(Weighting.EQUAL, mix.used());
        assertTrue(mix.fellBackToEqual());
        assertEquals(PlanMix.unweighted(List.of(freeSite, freeAds)).split(), mix.split());
    }

    @Test
    void perFamilyEveryFamilyIsPresentAndEmptyOnesSaySo() {
        Touchpoint blog = tp("tp-4", TouchpointType.BLOG, 75, 20, 5, "100");
        Map<Family, Mix> byFamily = PlanMix.byFamily(List.of(site, ads, reviews, blog), Weighting.BUDGET);
        assertEquals(Family.values().length, byFamily.size());
        // Web: site 300 and blog 100 → owned (25500 + 7500) / 400 = 82.5, earned (3000 + 2000) / 400 = 12.5,
        // paid (1500 + 500) / 400 = 5: floors 82 + 12 + 5 = 99; owned on the tie.
        assertEquals(Optional.of(new MediaSplit(83, 12, 5)), byFamily.get(Family.WEB).split());
        assertEquals(Optional.of(new MediaSplit(0, 5, 95)), byFamily.get(Family.ADVERTISING).split());
        // Social holds only the reviews card, budget 0: its own split, by the fallback.
        assertEquals(Optional.of(new MediaSplit(10, 85, 5)), byFamily.get(Family.SOCIAL).split());
        assertTrue(byFamily.get(Family.SOCIAL).fellBackToEqual());
        assertTrue(byFamily.get(Family.OFFLINE).isEmpty());
    }
}
