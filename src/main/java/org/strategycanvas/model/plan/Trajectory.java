package org.strategycanvas.model.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.strategycanvas.model.Objective;

/**
 * The expected path of an objective's KPI: a straight line from its baseline on the plan start to its
 * target on its deadline; before the start it is the baseline, after the deadline the target. Compared
 * with the latest actual, it says whether the plan is on track.
 */
public final class Trajectory {

    /** How the latest actual compares with the expected value on its date. */
    public enum Status {
        ON_TRACK("on-track"), OFF_TRACK("off-track"), NO_DATA("no-data");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Expected values keep this many decimals (half-even). */
    public static final int SCALE = 4;

    private final Objective objective;
    private final LocalDate planStart;

    public Trajectory(Objective objective, LocalDate planStart) {
        this.objective = Objects.requireNonNull(objective, "objective");
        this.planStart = Objects.requireNonNull(planStart, "planStart");
    }

    /** Whether baseline, target and deadline are all known. */
    public boolean isDefined() {
        return objective.baseline() != null && objective.target() != null && objective.deadline() != null;
    }

    /** The expected value on a day; empty when the trajectory is not defined. */
    public Optional<BigDecimal> expected(LocalDate day) {
        if (!isDefined()) {
            return Optional.empty();
        }
        BigDecimal baseline = objective.baseline();
        BigDecimal target = objective.target();
        long span = objective.deadline().toEpochDay() - planStart.toEpochDay();
        long elapsed = day.toEpochDay() - planStart.toEpochDay();
        if (elapsed >= span) {
            return Optional.of(target);
        }
        if (elapsed <= 0) {
            return Optional.of(baseline);
        }
        BigDecimal rise = target.subtract(baseline).multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(span), SCALE, RoundingMode.HALF_EVEN);
        return Optional.of(baseline.add(rise));
    }

    /**
     * The status of the latest of this objective's actuals on or before {@code today}: on track when it is
     * at least the expected value (at most, for a target below the baseline); no data without such an actual
     * or without a defined trajectory. Actuals of other objectives are ignored; of two on the same day,
     * the first in the list counts.
     */
    public Status status(List<Actual> actuals, LocalDate today) {
        Optional<Actual> latest = latest(actuals, objective.id(), today);
        if (latest.isEmpty() || !isDefined()) {
            return Status.NO_DATA;
        }
        BigDecimal expected = expected(latest.get().date()).orElseThrow();
        int comparison = latest.get().value().compareTo(expected);
        boolean decreasing = objective.target().compareTo(objective.baseline()) < 0;
        boolean onTrack = decreasing ? comparison <= 0 : comparison >= 0;
        return onTrack ? Status.ON_TRACK : Status.OFF_TRACK;
    }

    /**
     * The latest actual of an objective on or before {@code today}, the one its status is judged on; of two
     * on the same day, the first in the list.
     */
    public static Optional<Actual> latest(List<Actual> actuals, String objectiveId, LocalDate today) {
        return actuals.stream()
                .filter(a -> a.objectiveId().equals(objectiveId) && !a.date().isAfter(today))
                .max(Comparator.comparing(Actual::date));
    }
}
