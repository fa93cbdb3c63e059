package org.strategycanvas.ui.start;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.Ids;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.plan.Brief;
import org.strategycanvas.model.plan.Resource;
import org.strategycanvas.model.plan.ResourceKind;

/**
 * The plan the guided start makes from a blank one: the brief filled with the answers; the objectives as a
 * row of cards on top; the touchpoints below, one column per family (in the palette's order), so that no
 * card lies on another. Every position is on the canvas's 20-unit grid.
 */
public final class GuidedProject {

    static final double OBJECTIVE_STEP = Objective.DEFAULT_WIDTH + 40;
    static final double COLUMN_STEP = Touchpoint.DEFAULT_WIDTH + 60;
    static final double ROW_STEP = Touchpoint.DEFAULT_HEIGHT + 24;
    static final double TOUCHPOINTS_TOP = 200;

    private GuidedProject() {
    }

    /** @param typeName the name a new card of a type gets, in the interface's language */
    public static Project build(Project blank, GuidedAnswers answers, Function<TouchpointType, String> typeName) {
        Ids.Generator ids = Ids.after(blank);
        List<Element> cards = new ArrayList<>();
        List<GuidedAnswers.ObjectiveLine> objectives = answers.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            GuidedAnswers.ObjectiveLine line = objectives.get(i);
            cards.add(Objective.create(ids.next(Ids.OBJECTIVE), line.title().strip(), i * OBJECTIVE_STEP, 0)
                    .withKpi(line.kpiMetric().strip(), "", null, line.target(), null));
        }
        double top = objectives.isEmpty() ? 0 : TOUCHPOINTS_TOP;
        int column = 0;
        for (List<TouchpointType> family : byFamily(answers.touchpoints()).values()) {
            for (int row = 0; row < family.size(); row++) {
                TouchpointType type = family.get(row);
                cards.add(Touchpoint.create(ids.next(Ids.TOUCHPOINT), type, typeName.apply(type),
                        column * COLUMN_STEP, top + row * ROW_STEP));
            }
            column++;
        }
        return blank.plus(cards, List.of()).withBrief(brief(blank.brief(), answers));
    }

    private static Map<Family, List<TouchpointType>> byFamily(List<TouchpointType> types) {
        Map<Family, List<TouchpointType>> columns = new LinkedHashMap<>();
        for (Family family : Family.values()) {
            List<TouchpointType> ticked = TouchpointType.ofFamily(family).stream().filter(types::contains).toList();
            if (!ticked.isEmpty()) {
                columns.put(family, ticked);
            }
        }
        return columns;
    }

    private static Brief brief(Brief before, GuidedAnswers answers) {
        Brief b = new Brief(answers.purpose().strip(), answers.startingPoint().strip(), answers.futureState().strip(),
                before.socialFootprint(), before.interestCommunities(), before.digitalTarget(), before.sharedValues(),
                before.staff(), before.budget(), before.time(), before.expertise(),
                before.product(), before.price(), before.place(), before.promotion(), before.people());
        for (Map.Entry<ResourceKind, Resource> resource : answers.resources().entrySet()) {
            b = b.withResource(resource.getKey(), resource.getValue());
        }
        return b;
    }
}
