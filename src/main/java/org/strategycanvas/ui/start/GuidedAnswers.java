package org.strategycanvas.ui.start;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.plan.Resource;
import org.strategycanvas.model.plan.ResourceKind;

/**
 * What the guided start collected: the brief's why and where to, the resources, objectives typed as lines,
 * and the kinds of touchpoint ticked. Blank texts and resources left unknown mean "not answered".
 */
public record GuidedAnswers(String purpose, String startingPoint, String futureState,
                            Map<ResourceKind, Resource> resources, List<ObjectiveLine> objectives,
                            List<TouchpointType> touchpoints) {

    /** Nothing answered: every step skipped. */
    public static final GuidedAnswers NONE = new GuidedAnswers("", "", "", Map.of(), List.of(), List.of());

    public GuidedAnswers {
        resources = resources.isEmpty() ? Map.of() : new EnumMap<>(resources);
        objectives = List.copyOf(objectives);
        touchpoints = List.copyOf(touchpoints);
    }

    /** One objective as typed: its title, what measures it (may be blank) and its target (may be null). */
    public record ObjectiveLine(String title, String kpiMetric, BigDecimal target) {
    }
}
