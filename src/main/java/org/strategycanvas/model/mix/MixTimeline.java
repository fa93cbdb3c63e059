package org.strategycanvas.model.mix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.strategycanvas.model.Media;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.MixPlan;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;

/**
 * The mix over time: for each period of the plan, the budget-weighted mix of the touchpoints active on at
 * least one of its days (equal weights when none of them has a budget; empty when none is active),
 * compared with the period's target. The gap is measured on the planned split in whole percents, the
 * figures a person sees, so it is a whole number of points; a period is flagged when it has both a target
 * and a planned mix and the gap exceeds the plan's threshold.
 */
public final class MixTimeline {

    private MixTimeline() {
    }

    public static List<PeriodMix> of(Project project) {
        return of(project.info().planStart(), project.mixPlan(), project.touchpoints());
    }

    public static List<PeriodMix> of(LocalDate planStart, MixPlan plan, Collection<Touchpoint> touchpoints) {
        Periods periods = new Periods(planStart, plan);
        List<PeriodMix> result = new ArrayList<>(periods.count());
        for (int i = 0; i < periods.count(); i++) {
            LocalDate start = periods.start(i);
            LocalDate end = periods.end(i);
            List<Touchpoint> active = touchpoints.stream().filter(t -> t.activeDuring(start, end)).toList();
            Mix planned = PlanMix.budgetWeighted(active);
            Optional<MediaSplit> target = Optional.ofNullable(plan.targets().get(i));
            OptionalInt gap = target.isPresent() && !planned.isEmpty()
                    ? OptionalInt.of(gap(target.get(), planned.split().orElseThrow())) : OptionalInt.empty();
            boolean flagged = gap.isPresent() && gap.getAsInt() > plan.gapThreshold();
            result.add(new PeriodMix(i, start, end, periods.phaseOf(i), planned, target, gap, flagged));
        }
        return List.copyOf(result);
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
