package org.strategycanvas.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.plan.Trajectory.Status;

class TrajectoryTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    // 1 Jan + 100 days: Jan 31, Feb 28, Mar 31 = 90 days to 1 Apr, +10 = 11 Apr.
    private static final LocalDate DEADLINE = LocalDate.of(2026, 4, 11);

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static Objective objective(String baseline, String target, LocalDate deadline) {
        return Objective.create("o", "Ventes", 0, 0).withKpi("ventes", "€",
                baseline == null ? null : bd(baseline), target == null ? null : bd(target), deadline);
    }

    private static Actual actual(LocalDate day, String value) {
        return new Actual("o", day, bd(value));
    }

    private final Trajectory rising = new Trajectory(objective("100", "200", DEADLINE), START);

    @Test
    void aStraightLineFromBaselineToTarget() {
        // 31 Jan is day 30 of 100: 100 + 100 * 30/100 = 130; 20 Feb is day 50: 150.
        assertEquals(0, bd("130").compareTo(rising.expected(LocalDate.of(2026, 1, 31)).orElseThrow()));
        assertEquals(0, bd("150").compareTo(rising.expected(LocalDate.of(2026, 2, 20)).orElseThrow()));
        assertEquals(bd("100"), rising.expected(LocalDate.of(2025, 12, 1)).orElseThrow(), "before the start");
        assertEquals(bd("200"), rising.expected(LocalDate.of(2026, 6, 1)).orElseThrow(), "after the deadline");
    }

    @Test
    void expectedValuesKeepFourDecimals() {
        // 0 to 10 over 3 days; day 1: 10/3 = 3.3333.
        Trajectory t = new Trajectory(objective("0", "10", LocalDate.of(2026, 1, 4)), START);
        assertEquals(bd("3.3333"), t.expected(LocalDate.of(2026, 1, 2)).orElseThrow());
    }

    @Test
    void onTrackWhenTheLatestActualReachesTheLine() {
        LocalDate jan31 = LocalDate.of(2026, 1, 31);
        assertEquals(Status.ON_TRACK, rising.status(List.of(actual(jan31, "130")), jan31), "exactly on the line");
        assertEquals(Status.OFF_TRACK, rising.status(List.of(actual(jan31, "129.99")), jan31));
        // 140 on 31 Jan (expected 130) then 140 on 20 Feb (expected 150): the latest one decides.
        List<Actual> both = List.of(actual(LocalDate.of(2026, 2, 20), "140"), actual(jan31, "140"));
        assertEquals(Status.OFF_TRACK, rising.status(both, LocalDate.of(2026, 3, 1)));
        assertEquals(Status.ON_TRACK, rising.status(both, LocalDate.of(2026, 2, 10)), "20 Feb is still ahead");
    }

    @Test
    void aDecreasingTargetIsOnTrackAtOrBelowTheLine() {
        // Cost per click from 10 to 4: on day 50 the line is at 10 - 6 * 50/100 = 7.
        Trajectory falling = new Trajectory(objective("10", "4", DEADLINE), START);
        LocalDate day50 = LocalDate.of(2026, 2, 20);
        assertEquals(Status.ON_TRACK, falling.status(List.of(actual(day50, "6.5")), day50));
        assertEquals(Status.ON_TRACK, falling.status(List.of(actual(day50, "7")), day50));
        assertEquals(Status.OFF_TRACK, falling.status(List.of(actual(day50, "7.5")), day50));
    }

    @Test
    void noDataWithoutActualsOrWithoutATarget() {
        LocalDate day = LocalDate.of(2026, 2, 1);
        assertEquals(Status.NO_DATA, rising.status(List.of(), day));
        assertEquals(Status.NO_DATA, rising.status(List.of(new Actual("other", day, bd("999"))), day));
        Trajectory noTarget = new Trajectory(objective("100", null, DEADLINE), START);
        assertEquals(Optional.empty(), noTarget.expected(day));
        assertEquals(Status.NO_DATA, noTarget.status(List.of(actual(day, "150")), day));
        Trajectory noDeadline = new Trajectory(objective("100", "200", null), START);
        assertTrue(noDeadline.expected(day).isEmpty());
        assertEquals(Status.NO_DATA, noDeadline.status(List.of(actual(day, "150")), day));
    }
}
