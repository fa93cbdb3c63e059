package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Scenario;

/**
 * The scenarios side by side. The plan (from 2026-03-02, in euros, "better" active): a site (85/10/5, own 500)
 * with actions of 100 and 50 (good), 300 (better), 200 (best) in week 0; ads (0/5/95, own 900) with an
 * action of 0 / 100 / 400 in week 0; a shop (80/15/5) with a standing 200; and an action on no touchpoint,
 * 70 in good only, in week 4 (03-30..04-05: 2 days of March → 20, 5 of April → 50).
 */
class ScenarioComparisonPainterTest {

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static Action action(String id, String touchpointId, int week, Map<String, BigDecimal> budgets) {
        return new Action(id, id, touchpointId, null, week, 1, "", budgets, false);
    }

    private final Project project = new Project(new ProjectInfo("P", "", "", "en", "EUR", LocalDate.of(2026, 3, 2)),
            List.of(Touchpoint.create("site", TouchpointType.WEBSITE, "Site", 0, 0)
                            .withSplit(new MediaSplit(85, 10, 5)).withBudget(bd("500")),
                    Touchpoint.create("ads", TouchpointType.SOCIAL_ADS, "Ads", 0, 0)
                            .withSplit(new MediaSplit(0, 5, 95)).withBudget(bd("900")),
                    Touchpoint.create("shop", TouchpointType.STORE, "Shop", 0, 0)
                            .withSplit(new MediaSplit(80, 15, 5)).withBudget(bd("200"))),
            List.of(), List.of(), List.of(), List.of())
            .withActions(List.of(
                    action("a1", "site", 0, Map.of("good", bd("100"), "better", bd("300"))),
                    action("a2", "site", 0, Map.of("good", bd("50"), "best", bd("200"))),
                    action("a3", "ads", 0, Map.of("good", BigDecimal.ZERO, "better", bd("100"), "best", bd("400"))),
                    action("a4", null, 4, Map.of("good", bd("70")))))
            .withScenarios(Scenario.DEFAULTS, "better");

    private final ScenarioComparisonPainter painter = new ScenarioComparisonPainter(new Messages(Locale.ENGLISH));

    private List<String> paint(boolean names) {
        RecordingSurface surface = new RecordingSurface();
        painter.paint(surface, project, 0, 0, 900, names);
        assertTrue(surface.balanced());
        return surface.texts;
    }

    /** The three figures that follow a row's label. */
    private static List<String> row(List<String> texts, String label) {
        int at = texts.indexOf(label);
        assertTrue(at >= 0, label + " in " + texts);
        return texts.subList(at + 1, at + 4);
    }

    @Test
    void totalsAreTheActionsPlusTheStandingBudgets() {
        List<String> texts = paint(true);
        assertEquals(List.of("Good", "Better", "Active scenario", "Best"), texts.subList(0, 4));
        // Actions: good 100 + 50 + 0 + 70 = 220, better 300 + 100 = 400, best 200 + 400 = 600; the shop's
        // standing 200 in each: totals 420, 600, 800.
        assertEquals(List.of("€420", "€600", "€800"), row(texts, "Total"));
        assertEquals(List.of("€220", "€400", "€600"), row(texts, "of which actions"));
        assertEquals(List.of("€200", "€200", "€200"), row(texts, "of which standing budgets"));
    }

    @Test
    void familiesTouchpointsAndTheUnassignedAddUpToTheTotal() {
        List<String> texts = paint(true);
        // Site 150 / 300 / 200, ads 0 / 100 / 400, shop 200 each, and 70 / 0 / 0 without a touchpoint.
        assertEquals(List.of("€150", "€300", "€200"), row(texts, "Web"));
        assertEquals(List.of("€0", "€100", "€400"), row(texts, "Advertising & search"));
        assertEquals(List.of("€200", "€200", "€200"), row(texts, "Offline"));
        assertEquals(List.of("€70", "€0", "€0"), row(texts, "Actions without a touchpoint"));
        assertEquals(List.of("€150", "€300", "€200"), row(texts, "Site"));
        assertEquals(List.of("€0", "€100", "€400"), row(texts, "Ads"));
        assertEquals(List.of("€200", "€200", "€200"), row(texts, "Shop"));
        assertFalse(texts.contains("Mobile"), "a family without touchpoints has no row");
    }

    @Test
    void monthsHoldTheActionsOnly() {
        List<String> texts = paint(true);
        // March: good 100 + 50 + 0 + 20 = 170, better 400, best 600; April: good 50.
        assertEquals(List.of("€170", "€400", "€600"), row(texts, "March 2026"));
        assertEquals(List.of("€50", "€0", "€0"), row(texts, "April 2026"));
    }

    /** The mixes worked out by hand in ScenarioBudgetsTest: the unassigned action weighs nothing. */
    @Test
    void eachScenarioShowsTheMixItWouldProduce() {
        List<String> texts = paint(true);
        int mix = texts.indexOf("Media mix weighted by budget");
        assertTrue(texts.subList(mix, texts.size()).containsAll(
                List.of("O 82 · E 13 · P 5", "O 69 · E 11 · P 20", "O 41 · E 9 · P 50")), texts.toString());
    }

    @Test
    void theActiveColumnSaysSoOnceAndNamesCanBeLeftToFields() {
        List<String> texts = paint(false);
        assertEquals(1, texts.stream().filter("Active scenario"::equals).count());
        assertFalse(texts.contains("Better"), "the names are drawn by the editable fields");
        assertTrue(painter.height(project) > ScenarioComparisonPainter.NAME_LINE);
    }

    @Test
    void columnsShareTheWidthRightOfTheLabels() {
        double labels = ScenarioComparisonPainter.labelWidth(900);
        assertEquals(270, labels, "30 % of 900");
        assertEquals(210, ScenarioComparisonPainter.columnWidth(900, 3));
        assertEquals(270 + 2 * 210, ScenarioComparisonPainter.columnLeft(0, 900, 3, 2));
    }
}
