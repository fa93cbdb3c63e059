package org.strategycanvas.model.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Touchpoint;

/**
 * What changed between a saved version and the current plan: touchpoints, budgets (per action and scenario)
 * and objective targets. Each change has a before and an after; a null before means added, a null after
 * removed. Budgets compare by value ({@code 10} equals {@code 10.00}); a budget of zero is no budget, as
 * {@link Action#budget} reads it, so an action added without money adds no change. A touchpoint only moved
 * or resized on the canvas has not changed: the layout is not the plan. Changes are listed in the version's order, then the new ones.
 */
public final class VersionDiff {

    /** One difference; {@code key} is an id, or {@code actionId/scenarioId} for a budget. */
    public record Change<T>(String key, T before, T after) {
        public boolean added() {
            return before == null;
        }

        public boolean removed() {
            return after == null;
        }
    }

    private final List<Change<Touchpoint>> touchpoints;
    private final List<Change<BigDecimal>> budgets;
    private final List<Change<BigDecimal>> targets;

    private VersionDiff(List<Change<Touchpoint>> touchpoints, List<Change<BigDecimal>> budgets,
                        List<Change<BigDecimal>> targets) {
        this.touchpoints = List.copyOf(touchpoints);
        this.budgets = List.copyOf(budgets);
        this.targets = List.copyOf(targets);
    }

    public static VersionDiff between(PlanVersion version, List<Touchpoint> touchpoints, List<Objective> objectives,
                                      List<Action> actions) {
        return new VersionDiff(
                compare(byKey(version.touchpoints(), Touchpoint::id), byKey(touchpoints, Touchpoint::id),
                        VersionDiff::sameExceptLayout),
                compare(budgetsOf(version.actions()), budgetsOf(actions), VersionDiff::sameAmount),
                compare(targetsOf(version.objectives()), targetsOf(objectives), VersionDiff::sameAmount));
    }

    public List<Change<Touchpoint>> touchpoints() {
        return touchpoints;
    }

    public List<Change<BigDecimal>> budgets() {
        return budgets;
    }

    /** Objectives whose target was set, cleared or changed, or that were added or removed with a target. */
    public List<Change<BigDecimal>> targets() {
        return targets;
    }

    public boolean isEmpty() {
        return touchpoints.isEmpty() && budgets.isEmpty() && targets.isEmpty();
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(key.apply(i), i));
        return map;
    }

    private static Map<String, BigDecimal> budgetsOf(List<Action> actions) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        actions.forEach(a -> a.budgets().forEach((scenario, amount) -> {
            if (amount.signum() != 0) {
                map.put(a.id() + "/" + scenario, amount);
            }
        }));
        return map;
    }

    private static Map<String, BigDecimal> targetsOf(List<Objective> objectives) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        objectives.stream().filter(o -> o.target() != null).forEach(o -> map.put(o.id(), o.target()));
        return map;
    }

    private static boolean sameExceptLayout(Touchpoint a, Touchpoint b) {
        return a.budget().compareTo(b.budget()) == 0 && a.withBounds(b.bounds()).withBudget(b.budget()).equals(b);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    private static <T> List<Change<T>> compare(Map<String, T> before, Map<String, T> after, BiPredicate<T, T> same) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change<T>> changes = new ArrayList<>();
        for (String key : keys) {
            T b = before.get(key);
            T a = after.get(key);
            if (b == null || a == null || !same.test(b, a)) {
                changes.add(new Change<>(key, b, a));
            }
        }
        return changes;
    }
}
