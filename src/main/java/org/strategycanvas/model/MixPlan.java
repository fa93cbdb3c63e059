package org.strategycanvas.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * Names the periods {@code first} to {@code last} as one phase (a blank name leaves them in none).
     * Phases they overlapped keep their other periods; neighbouring runs with the same name become one.
     */
    public MixPlan withPhase(String name, int first, int last) {
        List<Phase> result = new ArrayList<>();
        for (Phase p : phases) {
            if (p.first() < first) {
                result.add(new Phase(p.name(), p.first(), Math.min(p.last(), first - 1)));
            }
            if (p.last() > last) {
                result.add(new Phase(p.name(), Math.max(p.first(), last + 1), p.last()));
            }
        }
        if (!name.isBlank()) {
            result.add(new Phase(name.strip(), first, last));
        }
        result.sort(Comparator.comparingInt(Phase::first));
        List<Phase> merged = new ArrayList<>();
        for (Phase p : result) {
            Phase previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && previous.name().equals(p.name()) && previous.last() + 1 == p.first()) {
                merged.set(merged.size() - 1, new Phase(p.name(), previous.first(), p.last()));
            } else {
                merged.add(p);
            }
        }
        return withPhases(merged);
    }

    /** The phase a period belongs to, if any. */
    public Optional<Phase> phaseOf(int period) {
        return phases.stream().filter(p -> p.contains(period)).findFirst();
    }

    /** The same plan with another number of periods or unit; what falls beyond the new end is dropped. */
    public MixPlan withPeriods(PeriodUnit newUnit, int newCount) {
        List<Phase> kept = new ArrayList<>();
        for (Phase p : phases) {
            if (p.first() < newCount) {
                kept.add(new Phase(p.name(), p.first(), Math.min(p.last(), newCount - 1)));
            }
        }
        TreeMap<Integer, MediaSplit> keptTargets = new TreeMap<>(targets.entrySet().stream()
                .filter(e -> e.getKey() < newCount)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        return new MixPlan(newUnit, newCount, kept, keptTargets, gapThreshold);
    }

    public MixPlan withPhases(List<Phase> newPhases) {
        return new MixPlan(unit, periodCount, newPhases, targets, gapThreshold);
    }

    public MixPlan withGapThreshold(int points) {
        return new MixPlan(unit, periodCount, phases, targets, points);
    }
}
