package org.strategycanvas.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.plan.Trajectory.Status;

class ProgressTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    // 1 Jan + 100 days = 11 Apr (Jan 31 + Feb 28 + Mar 31 = 90 days to 1 Apr, + 10).
    private static final LocalDate DEADLINE = LocalDate.of(2026, 4, 11);
    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);   // day 30
    private static final LocalDate FEB_20 = LocalDate.of(2026, 2, 20);   // day 50
    private static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);     // day 61 (Mar 1 is day 59)

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static Objective objective(String baseline, String target, LocalDate deadline) {
        return Objective.create("o", "Orders", 0, 0).withKpi("orders", "per week",
                baseline == null ? null : bd(baseline), target == null ? null : bd(target), deadline);
    }

    private static Actual actual(LocalDate day, String value) {
        return new Actual("o", day, bd(value));
    }

    private static Progress progress(Objective o, List<Actual> actuals, LocalDate today) {
        return Progress.of(o, START, actuals, today);
    }

    @Test
    void theLatestValueAsAShareOfTheWayAndWhatTheLineExpects() {
        // From 100 to 200. Latest on or before 3 Mar: 145 on 20 Feb; the value of 1 Apr is still ahead.
        List<Actual> actuals = List.of(actual(JAN_31, "140"), actual(FEB_20, "145"),
                actual(LocalDate.of(2026, 4, 1), "300"), new Actual("other", FEB_20, bd("1")));
        Progress p = progress(objective("100", "200", DEADLINE), actuals, MAR_3);
        assertEquals(Optional.of(actual(FEB_20, "145")), p.latest());
        // (145 - 100) / (200 - 100) * 100 = 45.00
        assertEquals(Optional.of(bd("45.00")), p.percent());
        // On 20 Feb (day 50) the line is at 100 + 100 * 50/100 = 150, i.e. 50 % of the way: 145 is behind.
        assertEquals(0, bd("150").compareTo(p.expectedOnLatest().orElseThrow()));
        assertEquals(Optional.of(bd("50.00")), p.expectedPercentOnLatest());
        assertEquals(Status.OFF_TRACK, p.status());
        // Today, 3 Mar (day 61): 100 + 100 * 61/100 = 161, 61 % of the way.
        assertEquals(0, bd("161").compareTo(p.expectedToday().orElseThrow()));
        assertEquals(Optional.of(bd("61.00")), p.expectedPercentToday());
        assertTrue(p.hasTrajectory());
    }

    @Test
    void aTargetBelowTheBaselineReadsTheSameWay() {
        // Cost per click from 10 down to 4: 7.3 is (7.3 - 10) / (4 - 10) = -2.7 / -6 = 45 % of the way.
        Objective cost = objective("10", "4", DEADLINE);
        Progress p = progress(cost, List.of(actual(FEB_20, "7.3")), FEB_20);
        assertEquals(Optional.of(bd("45.00")), p.percent());
        // On day 50 the line is at 10 - 6 * 50/100 = 7 (50 %): 7.3 is above it, so behind.
        assertEquals(Optional.of(bd("50.00")), p.expectedPercentOnLatest());
        assertEquals(Status.OFF_TRACK, p.status());
        // 6.5: -3.5 / -6 = 58.333… → 58.33, ahead of the line.
        Progress ahead = progress(cost, List.of(actual(FEB_20, "6.5")), FEB_20);
        assertEquals(Optional.of(bd("58.33")), ahead.percent());
        assertEquals(Status.ON_TRACK, ahead.status());
    }

    @Test
    void percentsRoundHalfEvenToTwoDecimalsAndMayLeaveZeroToHundred() {
        Progress p = progress(objective("0", "3", DEADLINE), List.of(), JAN_31);
        assertEquals(Optional.of(bd("33.33")), p.percentOf(bd("1")), "100/3 = 33.333…");
        assertEquals(Optional.of(bd("66.67")), p.percentOf(bd("2")), "200/3 = 66.666…");
        Progress wide = progress(objective("100", "200", DEADLINE), List.of(), JAN_31);
        assertEquals(Optional.of(bd("150.00")), wide.percentOf(bd("250")), "past the target");
        assertEquals(Optional.of(bd("-10.00")), wide.percentOf(bd("90")), "below the baseline");
    }

    @Test
    void undefinedCasesAreEmpty() {
        LocalDate day = FEB_20;
        List<Actual> one = List.of(actual(day, "150"));
        // No value yet: no latest and no percent, but the line still says what is expected.
        Progress none = progress(objective("100", "200", DEADLINE), List.of(), day);
        assertTrue(none.latest().isEmpty());
        assertTrue(none.percent().isEmpty());
        assertTrue(none.expectedOnLatest().isEmpty());
        assertEquals(Optional.of(bd("50.00")), none.expectedPercentToday());
        assertEquals(Status.NO_DATA, none.status());
        // A target equal to the baseline leaves no way to go.
        assertTrue(progress(objective("100", "100", DEADLINE), one, day).percent().isEmpty());
        // No target: nothing to measure against.
        Progress noTarget = progress(objective("100", null, DEADLINE), one, day);
        assertTrue(noTarget.percent().isEmpty());
        assertTrue(noTarget.expectedToday().isEmpty());
        assertFalse(noTarget.hasTrajectory());
        // No deadline: the share of the way is known, the expected line is not.
        Progress noDeadline = progress(objective("100", "200", null), one, day);
        assertEquals(Optional.of(bd("50.00")), noDeadline.percent());
        assertTrue(noDeadline.expectedToday().isEmpty());
        assertEquals(Status.NO_DATA, noDeadline.status());
        assertTrue(progress(objective(null, "200", DEADLINE), one, day).percent().isEmpty(), "no baseline");
    }
}
