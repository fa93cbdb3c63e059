package org.strategycanvas.model.plan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A step of the plan: from week {@code startWeek} (0-based from the plan start) for {@code durationWeeks}
 * weeks, optionally on a touchpoint and for an objective, with a budget per scenario id. Budgets are kept
 * sorted by scenario id, so that two equal plans compare and print the same.
 */
public record Action(String id, String title, String touchpointId, String objectiveId, int startWeek,
                     int durationWeeks, String owner, Map<String, BigDecimal> budgets, boolean milestone) {

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(owner, "owner");
        if (startWeek < 0) {
            throw new IllegalArgumentException("an action starts in week 0 or later");
        }
        if (durationWeeks < 1) {
            throw new IllegalArgumentException("an action lasts at least one week");
        }
        TreeMap<String, BigDecimal> sorted = new TreeMap<>();
        budgets.forEach((scenario, amount) -> {
            Objects.requireNonNull(scenario, "scenario");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("a budget must not be negative");
            }
            sorted.put(scenario, amount);
        });
        budgets = java.util.Collections.unmodifiableMap(sorted);
    }

    /** The budget in a scenario; zero when the action has none there. */
    public BigDecimal budget(String scenarioId) {
        return budgets.getOrDefault(scenarioId, BigDecimal.ZERO);
    }

    /** The week after the last one, 0-based. */
    public int endWeek() {
        return startWeek + durationWeeks;
    }

    public Action withTouchpoint(String newTouchpointId) {
        return new Action(id, title, newTouchpointId, objectiveId, startWeek, durationWeeks, owner, budgets, milestone);
    }

    public Action withObjective(String newObjectiveId) {
        return new Action(id, title, touchpointId, newObjectiveId, startWeek, durationWeeks, owner, budgets, milestone);
    }

    public Action withBudgets(Map<String, BigDecimal> newBudgets) {
        return new Action(id, title, touchpointId, objectiveId, startWeek, durationWeeks, owner, newBudgets, milestone);
    }
}
