package org.strategycanvas.model.mix;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.strategycanvas.model.Media;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.DaySpread;
import org.strategycanvas.model.plan.Scenario;

/**
 * The mix over time: for each period of the plan, the budget-weighted mix of the touchpoints active in it
 * (equal weights when none of them has a budget; empty when none is active), compared with the period's
 * target. The gap is measured on the planned split in whole percents, the figures a person sees, so it is a
 * whole number of points; a period is flagged when it has both a target and a planned mix and the gap
 * exceeds the plan's threshold.
 *
 * <p>Which touchpoints are active in a period, and how much each weighs there, follows the budget rule of
 * {@link org.strategycanvas.model.plan.ScenarioBudgets}. A touchpoint planned by actions is active in a
 * period when one of its actions runs on at least one of its days, and weighs the part of its actions'
 * budgets (in the scenario asked for) that falls in the period: each action's budget spread evenly over its
 * days and cut at the periods' edges, to the cent (see {@link DaySpread}). A touchpoint without actions is
 * active on the days between its {@code activeFrom} and {@code activeTo} and weighs its own budget.
 */
public final class MixTimeline {

    private static final int OUTSIDE = -1;

    private MixTimeline() {
    }

    /** The project's timeline in its active scenario. */
    public static List<PeriodMix> of(Project project) {
        return of(project.info().planStart(), project.mixPlan(), project.touchpoints(), project.actions(),
                project.activeScenario());
    }

    /** The timeline of touchpoints without actions. */
    public static List<PeriodMix> of(LocalDate planStart, MixPlan plan, Collection<Touchpoint> touchpoints) {
        return of(planStart, plan, touchpoints, List.of(), Scenario.GOOD);
    }

    public static List<PeriodMix> of(LocalDate planStart, MixPlan plan, Collection<Touchpoint> touchpoints,
                                     List<Action> actions, String scenarioId) {
        Periods periods = new Periods(planStart, plan);
        Map<String, Map<Integer, BigDecimal>> planned = weightsOfPlannedTouchpoints(periods, planStart, actions,
                scenarioId);
        List<PeriodMix> result = new ArrayList<>(periods.count());
        for (int i = 0; i < periods.count(); i++) {
            LocalDate start = periods.start(i);
            LocalDate end = periods.end(i);
            List<Touchpoint> active = new ArrayList<>();
            for (Touchpoint t : touchpoints) {
                Map<Integer, BigDecimal> weights = planned.get(t.id());
                if (weights == null && t.activeDuring(start, end)) {
                    active.add(t);
                } else if (weights != null && weights.containsKey(i)) {
                    active.add(t.withBudget(weights.get(i)));
                }
            }
            Mix mix = PlanMix.budgetWeighted(active);
            Optional<MediaSplit> target = Optional.ofNullable(plan.targets().get(i));
            OptionalInt gap = target.isPresent() && !mix.isEmpty()
                    ? OptionalInt.of(gap(target.get(), mix.split().orElseThrow())) : OptionalInt.empty();
            boolean flagged = gap.isPresent() && gap.getAsInt() > plan.gapThreshold();
            result.add(new PeriodMix(i, start, end, periods.phaseOf(i), mix, target, gap, flagged));
        }
        return List.copyOf(result);
    }

    /**
     * For each touchpoint with actions, its weight in each period one of its actions runs in (the key is the
     * period's index; a period none of its actions touches has no entry, so the touchpoint is not active there).
     */
    private static Map<String, Map<Integer, BigDecimal>> weightsOfPlannedTouchpoints(
            Periods periods, LocalDate planStart, List<Action> actions, String scenarioId) {
        UnaryOperator<LocalDate> nextCut = day -> day.isBefore(planStart) ? planStart
                : periods.periodOf(day).map(i -> periods.end(i).plusDays(1)).orElse(LocalDate.MAX);
        Function<LocalDate, Integer> periodOf = day -> periods.periodOf(day).orElse(OUTSIDE);
        Map<String, Map<Integer, BigDecimal>> weights = new HashMap<>();
        for (Action a : actions) {
            if (a.touchpointId() != null) {
                Map<Integer, BigDecimal> ofTouchpoint = weights.computeIfAbsent(a.touchpointId(),
                        id -> new HashMap<>());
                DaySpread.spread(a, scenarioId, planStart, nextCut, periodOf).forEach((period, amount) -> {
                    if (period != OUTSIDE) {
                        ofTouchpoint.merge(period, amount, BigDecimal::add);
                    }
                });
            }
        }
        return weights;
    }

    /** The largest absolute difference between two splits over the three media, in points. */
    public static int gap(MediaSplit a, MediaSplit b) {
        int largest = 0;
        for (Media m : Media.values()) {
            largest = Math.max(largest, Math.abs(a.get(m) - b.get(m)));
        }
        return largest;
    }
}
