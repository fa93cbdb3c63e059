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
 * The bakery's mix over its twelve months in its active scenario, "better" (Confort), computed by hand.
 * Months start on the 2nd: period i runs from the 2nd to the 1st of the next month; week w of the actions
 * starts on Monday 2026-03-02 + 7w. Nine actions are on touchpoints; their touchpoints count only in the
 * periods their actions run in, weighted by the part of the actions' budgets spread over those days:
 * <ul>
 * <li>SEO (70/30/0): 03-02..03-08, 0. Site (85/10/5): 03-02..03-29, 1200. Newsletter (90/5/5): 03-23..03-29, 0.
 *     Instagram (60/30/10): 03-09..03-15, 250, and 04-13..05-03 (21 days), 150. App (80/10/10): 03-16..03-29, 480.
 * <li>Ads (0/5/95): 03-16..04-26, 42 days, 600: 17 days in period 0 (03-16..04-01) → 600 × 17/42 = 242.857 →
 *     242.86; period 1 takes the rest, 357.14.
 * <li>Store (80/15/5): 03-23..04-05, 14 days, 80: 10 days in period 0 → 57.142 → 57.14; period 1: 22.86.
 * <li>Instagram's contest: 19 days in period 1 (04-13..05-01) → 150 × 19/21 = 135.714 → 135.71; period 2: 14.29.
 * <li>Reviews (10/85/5): 03-30..05-24, 0, in periods 0 to 2.
 * </ul>
 * The four touchpoints without actions keep their dates and own budgets: word of mouth and phone (0, always),
 * the blog (300, 75/20/5, from 06-02), the workshops (350.50, 40/30/30, from 09-05).
 */
class SampleMixTimelineTest {

    private final List<PeriodMix> timeline = MixTimeline.of(SampleProjects.boulangerieMartin());

    private static final MediaSplit MARCH = new MediaSplit(72, 12, 16);
    private static final MediaSplit APRIL = new MediaSplit(19, 12, 69);
    private static final MediaSplit MAY = new MediaSplit(60, 30, 10);
    private static final MediaSplit BLOG = new MediaSplit(75, 20, 5);
    private static final MediaSplit BLOG_AND_WORKSHOPS = new MediaSplit(56, 25, 19);

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
     * Period 0: Instagram 250, ads 242.86, site 1200, app 480, store 57.14 (the rest weigh 0): total 2230.
     * Owned 15000 + 0 + 102000 + 38400 + 4571.2 = 159971.2 → 71.74 %; earned 7500 + 1214.3 + 12000 + 4800 +
     * 857.1 = 26371.4 → 11.83 %; paid 2500 + 23071.7 + 6000 + 4800 + 285.7 = 36657.4 → 16.44 %. Floors
     * 71 + 11 + 16 = 98; remainders .83 (earned), .74 (owned): 72/12/16.
     * Period 1: Instagram 135.71, ads 357.14, store 22.86: total 515.71. Owned 8142.6 + 1828.8 = 9971.4 →
     * 19.34 %; earned 4071.3 + 1785.7 + 342.9 = 6199.9 → 12.02 %; paid 1357.1 + 33928.3 + 114.3 = 35399.7 →
     * 68.64 %. Floors 19 + 12 + 68 = 99; paid (.64) takes the point: 19/12/69. The site and the app have no
     * action after March, so they no longer count.
     * Period 2: Instagram alone weighs something (14.29): 60/30/10.
     * Periods 3 to 5: no action; the blog (from 06-02) alone has a budget: 75/20/5.
     * From period 6 (09-02): blog 300 + workshops 350.50 = 650.5; owned 22500 + 14020 = 36520 → 56.14 %, earned
     * 6000 + 10515 = 16515 → 25.39 %, paid 1500 + 10515 = 12015 → 18.47 %; floors 56 + 25 + 18 = 99; paid (.47)
     * takes it: 56/25/19.
     */
    @Test
    void thePlannedMixFollowsTheActiveTouchpoints() {
        List<MediaSplit> expected = List.of(MARCH, APRIL, MAY, BLOG, BLOG, BLOG, BLOG_AND_WORKSHOPS,
                BLOG_AND_WORKSHOPS, BLOG_AND_WORKSHOPS, BLOG_AND_WORKSHOPS, BLOG_AND_WORKSHOPS, BLOG_AND_WORKSHOPS);
        assertEquals(expected, timeline.stream().map(p -> p.planned().split().orElseThrow()).toList());
    }

    /**
     * Launch target 45/15/40 against 72/12/16 (period 0): 27, 3, 24 → gap 27 > 15, flagged; against 60/30/10
     * (period 2): 15, 15, 30 → 30, flagged.
     * Growth target 70/20/10 against 75/20/5 (period 3): 5; against 56/25/19 (period 7): 14, 5, 9 → 14.
     * Loyalty target 65/30/5 against 56/25/19 (periods 8 and 11): 9, 5, 14 → 14, within 15.
     */
    @Test
    void theLaunchIsFlaggedTheRestIsWithinTheThreshold() {
        assertEquals(List.of(OptionalInt.of(27), OptionalInt.empty(), OptionalInt.of(30), OptionalInt.of(5),
                        OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(14),
                        OptionalInt.of(14), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(14)),
                timeline.stream().map(PeriodMix::gap).toList());
        assertEquals(List.of(0, 2), timeline.stream().filter(PeriodMix::flagged).map(PeriodMix::index).toList());
        assertEquals(Optional.of(new MediaSplit(45, 15, 40)), timeline.get(0).target());
    }
}
