package org.strategycanvas.model.mix;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Touchpoint;

/**
 * The media mix of a set of touchpoints. Unweighted: the mean of their splits. Budget-weighted: each split
 * weighted by its touchpoint's budget, so the mix says where the money goes; when every budget is 0 there
 * is nothing to weight by, and the mix falls back to the unweighted mean (see {@link Mix#fellBackToEqual()}).
 * No touchpoint at all gives an empty mix, never a division by zero.
 */
public final class PlanMix {

    private PlanMix() {
    }

    /** The mean of the splits. */
    public static Mix unweighted(Collection<Touchpoint> touchpoints) {
        return mix(touchpoints, Weighting.EQUAL);
    }

    /** The splits weighted by budget, or their mean when no touchpoint has a budget. */
    public static Mix budgetWeighted(Collection<Touchpoint> touchpoints) {
        return mix(touchpoints, Weighting.BUDGET);
    }

    public static Mix mix(Collection<Touchpoint> touchpoints, Weighting weighting) {
        if (touchpoints.isEmpty()) {
            return Mix.empty(weighting);
        }
        boolean anyBudget = touchpoints.stream().anyMatch(t -> t.budget().signum() > 0);
        Weighting used = weighting == Weighting.BUDGET && anyBudget ? Weighting.BUDGET : Weighting.EQUAL;
        // Sum of weight × percent per medium; the shares are these sums over their total.
        BigDecimal owned = BigDecimal.ZERO;
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (Touchpoint t : touchpoints) {
            BigDecimal weight = used == Weighting.BUDGET ? t.budget() : BigDecimal.ONE;
            MediaSplit s = t.split();
            owned = owned.add(weight.multiply(BigDecimal.valueOf(s.owned())));
            earned = earned.add(weight.multiply(BigDecimal.valueOf(s.earned())));
            paid = paid.add(weight.multiply(BigDecimal.valueOf(s.paid())));
        }
        return Mix.of(weighting, used, touchpoints.size(), Shares.of(owned, earned, paid));
    }

    /**
     * The mix of each family, all six present (empty for a family without touchpoints). The fallback to
     * equal weights is decided per family: a family whose budgets are all 0 is averaged on its own.
     */
    public static Map<Family, Mix> byFamily(Collection<Touchpoint> touchpoints, Weighting weighting) {
        Map<Family, Mix> result = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            List<Touchpoint> ofFamily = touchpoints.stream().filter(t -> t.family() == family).toList();
            result.put(family, mix(ofFamily, weighting));
        }
        return java.util.Collections.unmodifiableMap(result);
    }
}
