package org.strategycanvas.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;

class BudgetsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 26);

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static Action action(String id, String touchpointId, int start, int weeks, Map<String, BigDecimal> budgets) {
        return new Action(id, id, touchpointId, null, start, weeks, "", budgets, false);
    }

    private final List<Touchpoint> touchpoints = List.of(
            Touchpoint.create("web", TouchpointType.WEBSITE, "Site", 0, 0),
            Touchpoint.create("news", TouchpointType.NEWSLETTER, "Lettre", 0, 0),
            Touchpoint.create("idle", TouchpointType.STORE, "Boutique", 0, 0));

    private final Budgets budgets = new Budgets(List.of(
            action("a1", "web", 0, 1, Map.of("good", bd("100"), "better", bd("200"))),
            action("a2", "news", 0, 1, Map.of("good", bd("50"))),
            action("a3", null, 0, 1, Map.of("good", bd("30"))),
            action("a4", "gone", 0, 1, Map.of("good", bd("20")))), touchpoints);

    @Test
    void totalsPerScenarioInTheScenariosOrder() {
        // good: 100 + 50 + 30 + 20 = 200; better: only a1, 200; best: nothing, 0.
        assertEquals(Map.of("good", bd("200"), "better", bd("200"), "best", BigDecimal.ZERO),
                budgets.totals(Scenario.DEFAULTS));
        assertEquals(List.of("good", "better", "best"), List.copyOf(budgets.totals(Scenario.DEFAULTS).keySet()));
    }

    @Test
    void familiesThroughTheTouchpointAndTheRestUnassigned() {
        // a1 on the website (web), a2 on the newsletter (email); a3 has no touchpoint and a4's is gone: 30 + 20.
        assertEquals(Map.of(Family.WEB, bd("100"), Family.EMAIL, bd("50")), budgets.byFamily("good"));
        assertEquals(bd("50"), budgets.unassigned("good"));
        // a2 has no "better" budget, yet its family is listed, at 0.
        assertEquals(Map.of(Family.WEB, bd("200"), Family.EMAIL, BigDecimal.ZERO), budgets.byFamily("better"));
        assertEquals(BigDecimal.ZERO, budgets.unassigned("better"));
    }

    @Test
    void everyTouchpointInOrderWithZeroWhenUnused() {
        Map<String, BigDecimal> good = budgets.byTouchpoint("good");
        assertEquals(List.of("web", "news", "idle"), List.copyOf(good.keySet()));
        assertEquals(Map.of("web", bd("100"), "news", bd("50"), "idle", BigDecimal.ZERO), good);
    }

    @Test
    void monthsShareAnActionByItsDays() {
        // a: week 0, 2 weeks = 14 days from Mon 26 Jan: 26..31 Jan = 6 days, 1..8 Feb = 8 days.
        //    140 -> Jan 140*6/14 = 60, Feb 80.
        // b: week 1 (Mon 2 Feb), 1 week, all in Feb: 70.  Feb = 80 + 70 = 150.
        Budgets b = new Budgets(List.of(
                action("a", null, 0, 2, Map.of("good", bd("140"))),
                action("b", null, 1, 1, Map.of("good", bd("70")))), List.of());
        assertEquals(Map.of(YearMonth.of(2026, 1), bd("60.00"), YearMonth.of(2026, 2), bd("150.00")),
                b.byMonth("good", MONDAY));
    }

    @Test
    void monthsOfOneActionAddUpExactlyToItsBudget() {
        // 14 days from 26 Jan, 100: Jan 100*6/14 = 42.857… -> 42.86; Feb takes the rest, 57.14.
        assertEquals(Map.of(YearMonth.of(2026, 1), bd("42.86"), YearMonth.of(2026, 2), bd("57.14")),
                Budgets.spread(bd("100"), MONDAY, 14));
        // 10 weeks = 70 days from 26 Jan: Jan 6, Feb 28, Mar 31, Apr 5 days. 700 -> 60, 280, 310, 50 (10 a day).
        assertEquals(Map.of(YearMonth.of(2026, 1), bd("60.00"), YearMonth.of(2026, 2), bd("280.00"),
                        YearMonth.of(2026, 3), bd("310.00"), YearMonth.of(2026, 4), bd("50.00")),
                Budgets.spread(bd("700"), MONDAY, 70));
    }
}
