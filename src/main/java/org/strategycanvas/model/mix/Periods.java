package org.strategycanvas.model.mix;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.PeriodUnit;
import org.strategycanvas.model.Phase;

/**
 * The calendar of a mix plan: period {@code i} (0-based) starts {@code i} weeks or {@code i} calendar
 * months after the plan start and ends, inclusive, the day before period {@code i + 1} starts. So periods
 * follow each other with no gap and no overlap.
 *
 * <p>Months are always counted from the plan start ({@code planStart.plusMonths(i)}), never from the
 * previous period, so a start on the 31st does not drift: from 2026-01-31 the periods start on 01-31,
 * 02-28, 03-31, 04-30… and end on 02-27, 03-30, 04-29… A period is therefore 28 to 31 days long.
 */
public final class Periods {

    private final LocalDate planStart;
    private final MixPlan plan;

    public Periods(LocalDate planStart, MixPlan plan) {
        this.planStart = Objects.requireNonNull(planStart, "planStart");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    public int count() {
        return plan.periodCount();
    }

    /** The first day of period {@code i}. */
    public LocalDate start(int i) {
        check(i);
        return startOf(i);
    }

    /** The last day of period {@code i}, inclusive. */
    public LocalDate end(int i) {
        check(i);
        return startOf(i + 1).minusDays(1);
    }

    /** The phase period {@code i} belongs to; when phases overlap, the first in the plan's list. */
    public Optional<Phase> phaseOf(int i) {
        check(i);
        return plan.phases().stream().filter(p -> p.contains(i)).findFirst();
    }

    /** The period a day falls in, if the day is within the plan. */
    public Optional<Integer> periodOf(LocalDate day) {
        if (day.isBefore(planStart) || day.isAfter(end(count() - 1))) {
            return Optional.empty();
        }
        for (int i = 0; i < count(); i++) {
            if (!day.isAfter(end(i))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private LocalDate startOf(int i) {
        return plan.unit() == PeriodUnit.WEEK ? planStart.plusWeeks(i) : planStart.plusMonths(i);
    }

    private void check(int i) {
        if (i < 0 || i >= count()) {
            throw new IndexOutOfBoundsException("period " + i + " of " + count());
        }
    }
}
