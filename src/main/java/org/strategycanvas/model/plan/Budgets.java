package org.strategycanvas.model.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.Touchpoint;

/**
 * Sums of the actions' budgets: per scenario, per family, per touchpoint and per calendar month.
 *
 * <p>An action without a touchpoint, or whose touchpoint is not in the plan, counts as
 * <em>unassigned</em>.
 *
 * <p>Month rule: an action lasts {@code 7 × durationWeeks} days from {@code planStart + 7 × startWeek};
 * its budget is spread evenly over those days, so a month receives {@code budget × daysInMonth / allDays}.
 * Each share is rounded to the cent (half-even), and the action's last month takes what is left so that
 * the months of one action add up exactly to its budget (see {@link DaySpread}).
 */
public final class Budgets {

    private final List<Action> actions;
    private final Map<String, Touchpoint> touchpoints = new LinkedHashMap<>();

    public Budgets(List<Action> actions, List<Touchpoint> touchpoints) {
        this.actions = List.copyOf(actions);
        touchpoints.forEach(t -> this.touchpoints.put(t.id(), t));
    }

    public BigDecimal total(String scenarioId) {
        return actions.stream().map(a -> a.budget(scenarioId)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The total of each scenario, in the scenarios' order. */
    public Map<String, BigDecimal> totals(List<Scenario> scenarios) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        scenarios.forEach(s -> totals.put(s.id(), total(s.id())));
        return totals;
    }

    /** Per family, for the families some action's touchpoint belongs to; see {@link #unassigned}. */
    public Map<Family, BigDecimal> byFamily(String scenarioId) {
        Map<Family, BigDecimal> sums = new EnumMap<>(Family.class);
        for (Action a : actions) {
            touchpointOf(a).ifPresent(t -> sums.merge(t.family(), a.budget(scenarioId), BigDecimal::add));
        }
        return sums;
    }

    /** The budget of actions with no touchpoint in the plan. */
    public BigDecimal unassigned(String scenarioId) {
        return actions.stream().filter(a -> touchpointOf(a).isEmpty()).map(a -> a.budget(scenarioId))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Per touchpoint id, every touchpoint of the plan in its order, zero when no action uses it. */
    public Map<String, BigDecimal> byTouchpoint(String scenarioId) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        touchpoints.keySet().forEach(id -> sums.put(id, BigDecimal.ZERO));
        for (Action a : actions) {
            touchpointOf(a).ifPresent(t -> sums.merge(t.id(), a.budget(scenarioId), BigDecimal::add));
        }
        return sums;
    }

    /** Per calendar month, in date order, for the months some action runs in (see the class comment). */
    public Map<YearMonth, BigDecimal> byMonth(String scenarioId, LocalDate planStart) {
        Objects.requireNonNull(planStart, "planStart");
        Map<YearMonth, BigDecimal> sums = new TreeMap<>();
        for (Action a : actions) {
            DaySpread.spread(a, scenarioId, planStart, Budgets::nextMonth, YearMonth::from)
                    .forEach((month, amount) -> sums.merge(month, amount, BigDecimal::add));
        }
        return sums;
    }

    static Map<YearMonth, BigDecimal> spread(BigDecimal amount, LocalDate first, long days) {
        return new TreeMap<>(DaySpread.spread(amount, first, days, Budgets::nextMonth, YearMonth::from));
    }

    private static LocalDate nextMonth(LocalDate day) {
        return YearMonth.from(day).plusMonths(1).atDay(1);
    }

    private Optional<Touchpoint> touchpointOf(Action a) {
        return a.touchpointId() == null ? Optional.empty() : Optional.ofNullable(touchpoints.get(a.touchpointId()));
    }
}
