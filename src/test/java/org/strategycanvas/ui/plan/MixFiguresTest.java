package org.strategycanvas.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.MixChartColumn;
import org.strategycanvas.render.MixRow;

/** The panel's figures for the sample bakery plan, checked against the numbers worked out by hand in the mix tests. */
class MixFiguresTest {

    private final MixFigures english = new MixFigures(new Messages(Locale.ENGLISH));
    private final MixFigures french = new MixFigures(new Messages(Locale.FRENCH));

    private static Project sample() throws Exception {
        return new ProjectFiles().open(Path.of("assets/samples/boulangerie-martin.strategy.json")).project();
    }

    /**
     * Weighted by the active scenario's budgets ("better"; see ScenarioBudgetsTest for the rule): Instagram
     * 250 + 150 = 400 (60/30/10), ads 600 (0/5/95), site 1200 (85/10/5), app 480 (80/10/10), store 80
     * (80/15/5) from their actions; the blog 300 (75/20/5) and the workshops 350.50 (40/30/30) keep their own
     * budgets; the rest weigh 0. Total 3410.5. Owned 24000 + 102000 + 22500 + 38400 + 6400 + 14020 = 207320 →
     * 60.79 %; earned 12000 + 3000 + 12000 + 6000 + 4800 + 1200 + 10515 = 49515 → 14.52 %; paid 4000 + 57000 +
     * 6000 + 1500 + 4800 + 400 + 10515 = 84215 → 24.69 %. Floors 60 + 14 + 24 = 98; remainders .79 (owned),
     * .69 (paid): 61/14/25. The unweighted mean does not depend on budgets (see CliTest): 57/29/14.
     */
    @Test
    void theSummaryGivesThePlanMixThenEachFamily() throws Exception {
        List<MixRow> rows = english.summary(sample());
        assertEquals(9, rows.size(), "weighted, unweighted, a heading, six families");
        assertEquals(new MixRow("Plan mix, weighted by budget", new MediaSplit(61, 14, 25), true), rows.get(0));
        assertEquals(new MixRow("Plan mix, unweighted", new MediaSplit(57, 29, 14), true), rows.get(1));
        assertNull(rows.get(2).split());
        assertEquals("Web", rows.get(3).label());
    }

    @Test
    void theChartHasOneColumnPerPeriodWithItsPhaseAndFlag() throws Exception {
        List<MixChartColumn> columns = french.columns(sample());
        assertEquals(12, columns.size());
        assertEquals("mars 26", columns.get(0).label());
        assertEquals("Lancement", columns.get(0).phase());
        assertTrue(columns.get(0).flagged());
        assertEquals(27, columns.get(0).gap(), "see SampleMixTimelineTest");
        assertEquals(14, columns.get(8).gap());
        assertFalse(columns.get(8).flagged(), "a gap within the threshold is not flagged");
        assertEquals("Fidélisation", columns.get(11).phase());
    }

    @Test
    void periodsAreDescribedWithTheirDates() throws Exception {
        Project plan = sample();
        assertEquals("Période 1 : du 2 mars 2026 au 1 avr. 2026", french.describe(plan, 0, 0));
        assertEquals("Periods 2 to 3: Apr 2, 2026 to Jun 1, 2026", english.describe(plan, 1, 2));
        assertTrue(english.planned(plan, 0).startsWith("Planned: O 72 · E 12 · P 16"), english.planned(plan, 0));
        assertTrue(english.planned(plan, 0).endsWith("Gap: 27 points"), english.planned(plan, 0));
    }
}
