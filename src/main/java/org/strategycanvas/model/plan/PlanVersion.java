package org.strategycanvas.model.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Touchpoint;

/**
 * A named snapshot of the plan, kept to compare with later: its touchpoints, objectives and actions (with
 * their budgets) as they were on the day it was saved. It holds no versions, so versions never nest.
 */
public record PlanVersion(String name, LocalDate saved, List<Touchpoint> touchpoints, List<Objective> objectives,
                          List<Action> actions) {

    public PlanVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(saved, "saved");
        touchpoints = List.copyOf(touchpoints);
        objectives = List.copyOf(objectives);
        actions = List.copyOf(actions);
    }
}
