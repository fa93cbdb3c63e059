package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectProblems;
import org.strategycanvas.model.plan.Budgets;
import org.strategycanvas.model.plan.VersionDiff;

/** The bakery's plan, figures checked by hand (plan start Monday 2026-03-02, scenario "good"). */
class SamplePlanTest {

    private final Project bakery = SampleProjects.boulangerieMartin();
    private final Budgets budgets = new Budgets(bakery.actions(), bakery.touchpoints());

    private static void assertSameAmounts(Map<?, BigDecimal> expected, Map<?, BigDecimal> actual) {
        assertEquals(expected.keySet(), actual.keySet(), actual.toString());
        expected.forEach((k, v) -> assertEquals(0, v.compareTo(actual.get(k)), k + ": " + actual));
    }

    @Test
    void theSamplePlanHasNoProblem() {
        assertEquals(List.of(), ProjectProblems.of(bakery));
        assertEquals(10, bakery.actions().size());
    }

    @Test
    void goodBudgetByFamily() {
        // site 800 (web), Facebook ads 300 + local SEO 0 (advertising), app 480 (mobile), shop card 40 (offline),
        // Instagram 0 + 60 and reviews 0 (social), newsletter 0 (email); the accountant review has no touchpoint.
        assertSameAmounts(Map.of(Family.WEB, new BigDecimal("800"), Family.ADVERTISING, new BigDecimal("300"),
                Family.MOBILE, new BigDecimal("480"), Family.OFFLINE, new BigDecimal("40"),
                Family.SOCIAL, new BigDecimal("60"), Family.EMAIL, BigDecimal.ZERO), budgets.byFamily("good"));
        assertEquals(0, budgets.unassigned("good").signum());
    }

    @Test
    void goodBudgetByMonth() {
        // ac-2 800, 2..29 Mar: March. ac-5 480, 16..29 Mar: March.
        // ac-4 300 over 16 Mar..26 Apr (42 days): March 16 days, 300 × 16/42 = 114.29; April 185.71.
        // ac-7 40 over 23 Mar..5 Apr (14 days): March 9 days, 40 × 9/14 = 25.71; April 14.29.
        // ac-9 60 over 13 Apr..3 May (21 days): April 18 days, 60 × 18/21 = 51.43; May 8.57.
        // March 800 + 480 + 114.29 + 25.71 = 1420; April 185.71 + 14.29 + 51.43 = 251.43; May 8.57. Sum 1680.
        assertSameAmounts(Map.of(YearMonth.of(2026, 3), new BigDecimal("1420"),
                        YearMonth.of(2026, 4), new BigDecimal("251.43"), YearMonth.of(2026, 5), new BigDecimal("8.57")),
                budgets.byMonth("good", bakery.info().planStart()));
    }

    @Test
    void theSavedVersionDiffersInTargetsBudgetsAndActions() {
        VersionDiff diff = VersionDiff.between(bakery.versions().get(0), bakery.touchpoints(), bakery.objectives(),
                bakery.actions());
        assertTrue(diff.touchpoints().isEmpty());
        // Newsletter target 500 then, 600 now; ac-4's ads cost 500/800/1100 then, 300/600/900 now; ac-9 and
        // ac-10 are new; ac-9 has three budgets, ac-10 only zeros, which are no budget.
        assertEquals(1, diff.targets().size());
        assertEquals(0, new BigDecimal("600").compareTo(diff.targets().get(0).after()));
        assertEquals(List.of("ac-4/best", "ac-4/better", "ac-4/good", "ac-9/best", "ac-9/better", "ac-9/good"),
                diff.budgets().stream().map(VersionDiff.Change::key).toList());
        assertTrue(LocalDate.of(2026, 2, 20).equals(bakery.versions().get(0).saved()));
    }
}
