package org.strategycanvas.model.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.strategycanvas.model.Objective;

/**
 * How far an objective has come on a given day: its latest measured value, the share of the way from
 * baseline to target it stands for, what the {@link Trajectory} expected on that value's date and today,
 * and the resulting status. Percents are of the way from baseline (0 %) to target (100 %), so a target
 * below its baseline (a cost to bring down) reads the same way; they may fall below 0 or pass 100.
 */
public final class Progress {

    /** Percents keep this many decimals (half-even). */
    public static final int SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Objective objective;
    private final Trajectory trajectory;
    private final LocalDate today;
    private final Optional<Actual> latest;
    private final Trajectory.Status status;

    private Progress(Objective objective, LocalDate planStart, List<Actual> actuals, LocalDate today) {
        this.objective = Objects.requireNonNull(objective, "objective");
        this.today = Objects.requireNonNull(today, "today");
        this.trajectory = new Trajectory(objective, planStart);
        this.latest = Trajectory.latest(actuals, objective.id(), today);
        this.status = trajectory.status(actuals, today);
    }

    /** The progress of an objective on {@code today}, from the plan's actuals (of any objective). */
    public static Progress of(Objective objective, LocalDate planStart, List<Actual> actuals, LocalDate today) {
        return new Progress(objective, planStart, actuals, today);
    }

    /** The day this progress is read on. */
    public LocalDate today() {
        return today;
    }

    /** The latest value measured on or before today. */
    public Optional<Actual> latest() {
        return latest;
    }

    /**
     * (latest − baseline) / (target − baseline) × 100. Empty without a latest value, a baseline or a
     * target, or when the target equals the baseline (there is no way to go).
     */
    public Optional<BigDecimal> percent() {
        return latest.flatMap(a -> percentOf(a.value()));
    }

    /** The value the trajectory expects today; empty when baseline, target or deadline is missing. */
    public Optional<BigDecimal> expectedToday() {
        return trajectory.expected(today);
    }

    /** {@link #expectedToday()} as a percent of the way. */
    public Optional<BigDecimal> expectedPercentToday() {
        return expectedToday().flatMap(this::percentOf);
    }

    /** The value the trajectory expected on the latest value's date, which the status is judged against. */
    public Optional<BigDecimal> expectedOnLatest() {
        return latest.flatMap(a -> trajectory.expected(a.date()));
    }

    /** {@link #expectedOnLatest()} as a percent of the way. */
    public Optional<BigDecimal> expectedPercentOnLatest() {
        return expectedOnLatest().flatMap(this::percentOf);
    }

    public Trajectory.Status status() {
        return status;
    }

    /** Whether baseline, target and deadline are all set, so that there is a line to compare with. */
    public boolean hasTrajectory() {
        return trajectory.isDefined();
    }

    /** A value as a percent of the way from baseline to target, or empty when there is no way to measure. */
    public Optional<BigDecimal> percentOf(BigDecimal value) {
        BigDecimal baseline = objective.baseline();
        BigDecimal target = objective.target();
        if (baseline == null || target == null || target.compareTo(baseline) == 0) {
            return Optional.empty();
        }
        return Optional.of(value.subtract(baseline).multiply(HUNDRED)
                .divide(target.subtract(baseline), SCALE, RoundingMode.HALF_EVEN));
    }
}
