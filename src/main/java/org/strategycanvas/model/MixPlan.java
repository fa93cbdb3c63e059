package org.strategycanvas.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How the plan means its media mix to move over time: the plan's periods, their phases, a target split
 * for some periods, and how far (in percentage points) the planned mix may stray from a target before
 * the period is flagged.
 */
public record MixPlan(PeriodUnit unit, int periodCount, List<Phase> phases, Map<Integer, MediaSplit> targets,
                      int gapThreshold) {

    public static final int MAX_PERIODS = 260;
    public static final MixPlan DEFAULT = new MixPlan(PeriodUnit.MONTH, 12, List.of(), Map.of(), 15);

    public MixPlan {
        Objects.requireNonNull(unit, "unit");
        if (periodCount < 1 || periodCount > MAX_PERIODS) {
            throw new IllegalArgumentException("a plan has 1 to " + MAX_PERIODS + " periods");
        }
        if (gapThreshold < 0 || gapThreshold > 100) {
            throw new IllegalArgumentException("the gap threshold is 0 to 100 points");
        }
        phases = List.copyOf(phases);
        for (Phase phase : phases) {
            if (phase.last() >= periodCount) {
                throw new IllegalArgumentException("a phase ends after the plan: " + phase.name());
            }
        }
        TreeMap<Integer, MediaSplit> sorted = new TreeMap<>(targets);
        if (!sorted.isEmpty() && (sorted.firstKey() < 0 || sorted.lastKey() >= periodCount)) {
            throw new IllegalArgumentException("a target is set for a period outside the plan");
        }
        targets = Collections.unmodifiableMap(sorted);
    }

    public MixPlan withTarget(int period, MediaSplit target) {
        TreeMap<Integer, MediaSplit> next = new TreeMap<>(targets);
        if (target == null) {
            next.remove(period);
        } else {
            next.put(period, target);
        }
        return new MixPlan(unit, periodCount, phases, next, gapThreshold);
    }

    public MixPlan withPhases(List<Phase> newPhases) {
        return new MixPlan(unit, periodCount, newPhases, targets, gapThreshold);
    }

    public MixPlan withGapThreshold(int points) {
        return new MixPlan(unit, periodCount, phases, targets, points);
    }
}
