package org.strategycanvas.model.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;

/**
 * What the feedback loop points at on a given day: the objectives whose latest value is off track, and
 * the touchpoints that serve them, the places where the plan may need adjusting.
 */
public record OffTrack(Set<String> objectives, Set<String> touchpoints) {

    public static final OffTrack NONE = new OffTrack(Set.of(), Set.of());

    public OffTrack {
        objectives = Set.copyOf(objectives);
        touchpoints = Set.copyOf(touchpoints);
    }

    /** The off-track objectives on {@code today} and the touchpoints linked to them by a "serves" link. */
    public static OffTrack of(Project project, LocalDate today) {
        if (project.actuals().isEmpty()) {
            return NONE;
        }
        Set<String> objectives = new HashSet<>();
        for (Objective o : project.objectives()) {
            if (new Trajectory(o, project.info().planStart()).status(project.actuals(), today)
                    == Trajectory.Status.OFF_TRACK) {
                objectives.add(o.id());
            }
        }
        Set<String> touchpoints = new HashSet<>();
        for (Link link : project.links()) {
            if (link.kind() == LinkKind.SERVES && objectives.contains(link.to())
                    && project.element(link.from()).filter(e -> e instanceof Touchpoint).isPresent()) {
                touchpoints.add(link.from());
            }
        }
        return new OffTrack(objectives, touchpoints);
    }

    public boolean isEmpty() {
        return objectives.isEmpty() && touchpoints.isEmpty();
    }
}
