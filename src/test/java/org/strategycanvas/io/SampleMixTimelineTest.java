package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Phase;
import org.strategycanvas.model.mix.MixTimeline;
import org.strategycanvas.model.mix.PeriodMix;

/**
 * The bakery's mix over its twelve months, computed by hand. Always active with a budget: Instagram 600
 * (60/30/10), site 2400 (85/10/5), newsletter 180 (90/5/5): sums owned 256200, earned 42900, paid 18900 over
 * 3180. The click &amp; collect app (480, 80/10/10) starts on 2026-03-15, inside period 0, so it counts from
 * the start too. Months start on the 2nd: period i runs from the 2nd to the 1st of the next month.
 */
class SampleMixTimelineTest {

    private final List<PeriodMix> timeline = MixTimeline.of(SampleProjects.boulangerieMartin());

    private static final MediaSplit LAUNCH = new MediaSplit(65, 11, 24);
    private static final MediaSplit GROWTH = new MediaSplit(80, 14, 6);
    private static final MediaSplit LOYALTY = new MediaSplit(77, 15, 8);

    @Test
    void periodsAndPhases() {
        assertEquals(12, timeline.size());
        assertEquals(LocalDate.of(2026, 3, 2), timeline.get(0).start());
        assertEquals(LocalDate.of(2026, 4, 1), timeline.get(0).end());
        assertEquals(LocalDate.of(2026, 6, 1), timeline.get(2).end());
        assertEquals(LocalDate.of(2027, 3, 1), timeline.get(11).end());
        assertEquals(List.of("Lancement", "Lancement", "Lancement", "Croissance", "Croissance", "Croissance",
                        "Croissance", "Croissance", "Fidélisation", "Fidélisation", "Fidélisation", "Fidélisation"),
                timeline.stream().map(p -> p.phase().map(Phase::name).orElse("")).toList());
    }

    /**
     * Launch (periods 0–2, up to 2026-06-01): base + app + Facebook ads (900, 0/5/95). Total 4560; owned
     * 256200 + 38400 = 294600 → 64.61 %; earned 42900 + 4800 + 4500 = 52200 → 11.45 %; paid 18900 + 4800 +
     * 85500 = 109200 → 23.95 %. Floors 64 + 11 + 23 = 98; remainders .95 (paid), .61 (owned): 65/11/24.
     * Growth, periods 3–5: the ads stop, the blog (300, 75/20/5) starts on 06-02. Total 3960; owned 317100 →
     * 80.08 %, earned 53700 → 13.56 %, paid 25200 → 6.36 %; floors 80 + 13 + 6 = 99; earned takes it: 80/14/6.
     * From period 6 (09-02) the workshops (350.50, 40/30/30) start on 09-05. Total 4310.5; owned 331120 →
     * 76.82 %, earned 64215 → 14.90 %, paid 35715 → 8.29 %; floors 76 + 14 + 8 = 98; earned (.90), owned (.82):
     * 77/15/8.
     */
    @Test
    void thePlannedMixFollowsTheActiveTouchpoints() {
        List<MediaSplit> expected = List.of(LAUNCH, LAUNCH, LAUNCH, GROWTH, GROWTH, GROWTH,
                LOYALTY, LOYALTY, LOYALTY, LOYALTY, LOYALTY, LOYALTY);
        assertEquals(expected, timeline.stream().map(p -> p.planned().split().orElseThrow()).toList());
    }

    /**
     * Launch target 45/15/40 against 65/11/24: 20, 4, 16 → gap 20 > 15, flagged (periods 0 and 2).
     * Growth target 70/20/10 against 80/14/6 (period 3): 10; against 77/15/8 (period 7): 7.
     * Loyalty target 65/30/5 against 77/15/8 (periods 8 and 11): 12, 15, 3 → 15, not above 15.
     */
    @Test
    void theLaunchIsFlaggedTheRestIsWithinTheThreshold() {
        assertEquals(List.of(OptionalInt.of(20), OptionalInt.empty(), OptionalInt.of(20), OptionalInt.of(10),
                        OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(7),
                        OptionalInt.of(15), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(15)),
                timeline.stream().map(PeriodMix::gap).toList());
        assertEquals(List.of(0, 2), timeline.stream().filter(PeriodMix::flagged).map(PeriodMix::index).toList());
        assertEquals(Optional.of(new MediaSplit(45, 15, 40)), timeline.get(0).target());
    }
}
