package org.strategycanvas.model.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.PeriodUnit;
import org.strategycanvas.model.Phase;

class PeriodsTest {

    private static MixPlan plan(PeriodUnit unit, int count, List<Phase> phases) {
        return new MixPlan(unit, count, phases, Map.of(), 15);
    }

    @Test
    void weeksAreSevenDaysFromTheStart() {
        Periods p = new Periods(LocalDate.of(2026, 3, 2), plan(PeriodUnit.WEEK, 3, List.of()));
        assertEquals(LocalDate.of(2026, 3, 2), p.start(0));
        assertEquals(LocalDate.of(2026, 3, 8), p.end(0));
        assertEquals(LocalDate.of(2026, 3, 9), p.start(1));
        assertEquals(LocalDate.of(2026, 3, 22), p.end(2));
    }

    @Test
    void monthsCountFromThePlanStartSoTheEndOfMonthDoesNotDrift() {
        // Starts: 01-31, then plusMonths gives 02-28, 03-31, 04-30; each period ends the day before the next.
        Periods p = new Periods(LocalDate.of(2026, 1, 31), plan(PeriodUnit.MONTH, 4, List.of()));
        assertEquals(LocalDate.of(2026, 2, 27), p.end(0));
        assertEquals(LocalDate.of(2026, 2, 28), p.start(1));
        assertEquals(LocalDate.of(2026, 3, 30), p.end(1));
        assertEquals(LocalDate.of(2026, 3, 31), p.start(2));
        assertEquals(LocalDate.of(2026, 4, 29), p.end(2));
        assertEquals(LocalDate.of(2026, 4, 30), p.start(3));
        assertEquals(LocalDate.of(2026, 5, 30), p.end(3), "the day before 05-31");
    }

    @Test
    void aLeapYearFebruaryIsKept() {
        Periods p = new Periods(LocalDate.of(2028, 1, 31), plan(PeriodUnit.MONTH, 2, List.of()));
        assertEquals(LocalDate.of(2028, 2, 28), p.end(0), "period 1 starts on 2028-02-29");
        assertEquals(LocalDate.of(2028, 2, 29), p.start(1));
    }

    @Test
    void thePhaseOfAPeriodIsTheFirstThatHoldsIt() {
        Phase launch = new Phase("Lancement", 0, 2);
        Phase growth = new Phase("Croissance", 2, 4);
        Periods p = new Periods(LocalDate.of(2026, 3, 2), plan(PeriodUnit.MONTH, 6, List.of(launch, growth)));
        assertEquals(Optional.of(launch), p.phaseOf(0));
        assertEquals(Optional.of(launch), p.phaseOf(2), "overlap: the first phase in the list");
        assertEquals(Optional.of(growth), p.phaseOf(4));
        assertEquals(Optional.empty(), p.phaseOf(5));
    }

    @Test
    void aDayFindsItsPeriod() {
        Periods p = new Periods(LocalDate.of(2026, 3, 2), plan(PeriodUnit.MONTH, 2, List.of()));
        assertEquals(Optional.of(0), p.periodOf(LocalDate.of(2026, 4, 1)));
        assertEquals(Optional.of(1), p.periodOf(LocalDate.of(2026, 4, 2)));
        assertEquals(Optional.of(1), p.periodOf(LocalDate.of(2026, 5, 1)));
        assertEquals(Optional.empty(), p.periodOf(LocalDate.of(2026, 5, 2)));
        assertEquals(Optional.empty(), p.periodOf(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void periodsOutsideThePlanAreAProgrammingError() {
        Periods p = new Periods(LocalDate.of(2026, 3, 2), plan(PeriodUnit.WEEK, 2, List.of()));
        assertThrows(IndexOutOfBoundsException.class, () -> p.start(2));
        assertThrows(IndexOutOfBoundsException.class, () -> p.end(-1));
    }
}
