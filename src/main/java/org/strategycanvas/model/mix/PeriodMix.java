package org.strategycanvas.model.mix;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Phase;

/**
 * One period of the mix timeline: its dates and phase, the planned mix of the touchpoints active in it,
 * the target if one is set, and the gap between the two.
 *
 * @param gap the largest difference, in percentage points, between the target and the planned split
 *            (whole percents) over owned, earned and paid; absent without a target or a planned mix
 * @param flagged true when the gap is larger than the plan's threshold
 */
public record PeriodMix(int index, LocalDate start, LocalDate end, Optional<Phase> phase, Mix planned,
                        Optional<MediaSplit> target, OptionalInt gap, boolean flagged) {

    public PeriodMix {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(gap, "gap");
    }
}
