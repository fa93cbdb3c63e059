package org.strategycanvas.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a plan still lacks, as the method sees it: an objective that no touchpoint serves, a touchpoint
 * that serves no objective, a KPI without a target or a deadline.
 */
public final class PlanWarnings {

    /** The kinds of gap; each names a message key {@code warning.<id>}. */
    public enum Kind {
        OBJECTIVE_NOT_SERVED("objectiveNotServed"),
        TOUCHPOINT_SERVES_NOTHING("touchpointServesNothing"),
        KPI_WITHOUT_TARGET("kpiWithoutTarget"),
        KPI_WITHOUT_DEADLINE("kpiWithoutDeadline");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** One gap, about one element. */
    public record Warning(Kind kind, String elementId) {
    }

    private PlanWarnings() {
    }

    /** The warnings in a stable order: objectives first, then touchpoints, each in drawing order. */
    public static List<Warning> of(Project project) {
        Set<String> servingTouchpoints = new HashSet<>();
        Set<String> servedObjectives = new HashSet<>();
        for (Link link : project.links()) {
            boolean fromTouchpoint = project.element(link.from()).filter(e -> e instanceof Touchpoint).isPresent();
            boolean toObjective = project.element(link.to()).filter(e -> e instanceof Objective).isPresent();
            if (link.kind() == LinkKind.SERVES && fromTouchpoint && toObjective) {
                servingTouchpoints.add(link.from());
                servedObjectives.add(link.to());
            }
        }
        List<Warning> warnings = new ArrayList<>();
        for (Objective o : project.objectives()) {
            if (!servedObjectives.contains(o.id())) {
                warnings.add(new Warning(Kind.OBJECTIVE_NOT_SERVED, o.id()));
            }
            if (o.target() == null) {
                warnings.add(new Warning(Kind.KPI_WITHOUT_TARGET, o.id()));
            }
            if (o.deadline() == null) {
                warnings.add(new Warning(Kind.KPI_WITHOUT_DEADLINE, o.id()));
            }
        }
        if (!project.objectives().isEmpty()) {
            for (Touchpoint t : project.touchpoints()) {
                if (!servingTouchpoints.contains(t.id())) {
                    warnings.add(new Warning(Kind.TOUCHPOINT_SERVES_NOTHING, t.id()));
                }
            }
        }
        return warnings;
    }
}
