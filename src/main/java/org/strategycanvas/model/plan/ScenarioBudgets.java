package org.strategycanvas.model.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.Touchpoint;

/**
 * What each touchpoint costs in one budget scenario: the figure on its card's badge and its weight in the
 * budget-weighted media mix.
 *
 * <p>The rule (a product decision): a touchpoint <em>planned by actions</em>, one or more actions on the
 * timeline pointing at it, costs the sum of its actions' budgets in that scenario (an action with no budget
 * there adds 0). The actions are the plan, so their money is the touchpoint's money, and it changes from one
 * scenario to the next. A touchpoint without any action keeps its own budget, typed in its inspector: a
 * <em>standing</em> budget (a yearly subscription, the shop window) that is the same in every scenario.
 * An action on no touchpoint feeds no touchpoint: it is unassigned (see {@link Budgets#unassigned}).
 */
public final class ScenarioBudgets {

    private final String scenarioId;
    private final Map<String, BigDecimal> budgets = new LinkedHashMap<>();
    private final Map<String, Integer> actionCounts = new HashMap<>();
    private final List<Touchpoint> touchpoints;

    public ScenarioBudgets(List<Touchpoint> touchpoints, List<Action> actions, String scenarioId) {
        this.scenarioId = Objects.requireNonNull(scenarioId, "scenarioId");
        Map<String, BigDecimal> fromActions = new HashMap<>();
        for (Action a : actions) {
            if (a.touchpointId() != null) {
                actionCounts.merge(a.touchpointId(), 1, Integer::sum);
                fromActions.merge(a.touchpointId(), a.budget(scenarioId), BigDecimal::add);
            }
        }
        List<Touchpoint> budgeted = new ArrayList<>(touchpoints.size());
        for (Touchpoint t : touchpoints) {
            BigDecimal budget = fromActions.getOrDefault(t.id(), t.budget());
            budgets.put(t.id(), budget);
            budgeted.add(budget.equals(t.budget()) ? t : t.withBudget(budget));
        }
        this.touchpoints = List.copyOf(budgeted);
    }

    public String scenarioId() {
        return scenarioId;
    }

    /** The budget of a touchpoint of the plan in this scenario (zero for an id the plan does not have). */
    public BigDecimal of(String touchpointId) {
        return budgets.getOrDefault(touchpointId, BigDecimal.ZERO);
    }

    /** How many actions point at a touchpoint; 0 means its budget is its own standing budget. */
    public int actionCount(String touchpointId) {
        return actionCounts.getOrDefault(touchpointId, 0);
    }

    public boolean fromActions(String touchpointId) {
        return actionCount(touchpointId) > 0;
    }

    /**
     * The plan's touchpoints, in order, each with its budget in this scenario in place of its own: what the
     * budget-weighted mix weighs. Read them; never save them back as edits.
     */
    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    /** Every touchpoint's budget by id, in the plan's order. */
    public Map<String, BigDecimal> byTouchpoint() {
        return java.util.Collections.unmodifiableMap(budgets);
    }

    /** Per family, for the families the plan's touchpoints belong to, in the families' order. */
    public Map<Family, BigDecimal> byFamily() {
        Map<Family, BigDecimal> sums = new EnumMap<>(Family.class);
        for (Touchpoint t : touchpoints) {
            sums.merge(t.family(), t.budget(), BigDecimal::add);
        }
        return sums;
    }

    /** The sum of the standing budgets: touchpoints without actions. */
    public BigDecimal standing() {
        return budgets.entrySet().stream().filter(e -> !fromActions(e.getKey())).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum over all touchpoints. */
    public BigDecimal total() {
        return budgets.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
