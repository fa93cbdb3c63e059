package org.strategycanvas.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.mix.PlanMix;

/**
 * A touchpoint's budget in a scenario: its actions' budgets there when it has actions, else its own.
 * The plan: a site (85/10/5, own 500) with two actions, ads (0/5/95, own 900) with one, a shop (80/15/5,
 * own 200) with none; one action on no touchpoint and one on a touchpoint that is gone.
 */
class ScenarioBudgetsTest {

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static Action action(String id, String touchpointId, Map<String, BigDecimal> budgets) {
        return new Action(id, id, touchpointId, null, 0, 1, "", budgets, false);
    }

    private final List<Touchpoint> touchpoints = List.of(
            Touchpoint.create("site", TouchpointType.WEBSITE, "Site", 0, 0).withSplit(new MediaSplit(85, 10, 5))
                    .withBudget(bd("500")),
            Touchpoint.create("ads", TouchpointType.SOCIAL_ADS, "Ads", 0, 0).withSplit(new MediaSplit(0, 5, 95))
                    .withBudget(bd("900")),
            Touchpoint.create("shop", TouchpointType.STORE, "Shop", 0, 0).withSplit(new MediaSplit(80, 15, 5))
                    .withBudget(bd("200")));

    private final List<Action> actions = List.of(
            action("a1", "site", Map.of("good", bd("100"), "better", bd("300"))),
            action("a2", "site", Map.of("good", bd("50"), "best", bd("200"))),
            action("a3", "ads", Map.of("good", BigDecimal.ZERO, "better", bd("100"), "best", bd("400"))),
            action("a4", null, Map.of("good", bd("70"))),
            action("a5", "gone", Map.of("good", bd("1000"))));

    private final Project project = new Project(new ProjectInfo("P", "", "", "en", "EUR", LocalDate.of(2026, 3, 2)),
            touchpoints, List.of(), List.of(), List.of(), List.of()).withActions(actions);

    @Test
    void actionsDecideWhenThereAreSomeElseTheOwnBudgetStands() {
        // Site: good 100 + 50 = 150; better 300 + 0 (a2 has none there) = 300; best 0 + 200 = 200; its own 500 is
        // not used. Ads: 0, 100, 400 (an action worth 0 still makes the budget 0, not the own 900).
        // Shop: no action, its own 200 in every scenario.
        ScenarioBudgets good = project.budgetsIn("good");
        assertEquals(Map.of("site", bd("150"), "ads", BigDecimal.ZERO, "shop", bd("200")), good.byTouchpoint());
        assertEquals(Map.of("site", bd("300"), "ads", bd("100"), "shop", bd("200")),
                project.budgetsIn("better").byTouchpoint());
        assertEquals(Map.of("site", bd("200"), "ads", bd("400"), "shop", bd("200")),
                project.budgetsIn("best").byTouchpoint());
        assertEquals(List.of("site", "ads", "shop"), List.copyOf(good.byTouchpoint().keySet()), "the plan's order");
        assertEquals(2, good.actionCount("site"));
        assertEquals(1, good.actionCount("ads"));
        assertEquals(0, good.actionCount("shop"));
        assertFalse(good.fromActions("shop"));
        assertEquals(BigDecimal.ZERO, good.of("gone"), "an action on a removed touchpoint feeds nothing");
    }

    @Test
    void totalsStandingBudgetsAndFamilies() {
        // good 150 + 0 + 200 = 350, of which 200 standing (the shop); a4's 70 is unassigned, not here.
        ScenarioBudgets good = project.budgetsIn("good");
        assertEquals(bd("350"), good.total());
        assertEquals(bd("200"), good.standing());
        // best 200 + 400 + 200 = 800: web 200, advertising 400, offline 200.
        assertEquals(bd("800"), project.budgetsIn("best").total());
        assertEquals(Map.of(Family.WEB, bd("200"), Family.ADVERTISING, bd("400"), Family.OFFLINE, bd("200")),
                project.budgetsIn("best").byFamily());
    }

    @Test
    void theBudgetedTouchpointsCarryTheScenariosBudgetAndKeepEverythingElse() {
        List<Touchpoint> better = project.budgetsIn("better").touchpoints();
        assertEquals(bd("300"), better.get(0).budget());
        assertEquals(touchpoints.get(0).withBudget(bd("300")), better.get(0));
        assertSame(touchpoints.get(2), better.get(2), "a standing budget is the touchpoint as it is");
    }

    /**
     * good: site 150, ads 0, shop 200 (350): owned 12750 + 16000 = 28750 → 82.14 %, earned 1500 + 3000 = 4500
     * → 12.86 %, paid 750 + 1000 = 1750 → 5 %; floors 82 + 12 + 5 = 99, earned (.86) takes it: 82/13/5.
     * better: site 300, ads 100, shop 200 (600): owned 25500 + 16000 = 41500 → 69.17 %, earned 3000 + 500 +
     * 3000 = 6500 → 10.83 %, paid 1500 + 9500 + 1000 = 12000 → 20 %; earned (.83) takes it: 69/11/20.
     * best: site 200, ads 400, shop 200 (800): owned 17000 + 16000 = 33000 → 41.25 %, earned 2000 + 2000 +
     * 3000 = 7000 → 8.75 %, paid 1000 + 38000 + 1000 = 40000 → 50 %; earned (.75) takes it: 41/9/50.
     */
    @Test
    void eachScenarioProducesItsOwnMix() {
        assertEquals(Optional.of(new MediaSplit(82, 13, 5)),
                PlanMix.budgetWeighted(project.budgetsIn("good").touchpoints()).split());
        assertEquals(Optional.of(new MediaSplit(69, 11, 20)),
                PlanMix.budgetWeighted(project.budgetsIn("better").touchpoints()).split());
        assertEquals(Optional.of(new MediaSplit(41, 9, 50)),
                PlanMix.budgetWeighted(project.budgetsIn("best").touchpoints()).split());
    }

    @Test
    void theActiveScenarioIsWorkedOutOncePerVersionOfTheProject() {
        assertEquals("good", project.activeBudgets().scenarioId());
        assertSame(project.activeBudgets(), project.activeBudgets());
        Project best = project.withScenarios(project.scenarios(), "best");
        assertEquals(bd("400"), best.activeBudgets().of("ads"));
        assertTrue(best.activeBudgets().fromActions("ads"));
    }
}
