package org.strategycanvas.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.strategycanvas.model.plan.PlanProblems;

/** Checks what a project's types cannot: ids unique, links joining elements that exist, the plan's references. */
public final class ProjectProblems {

    /** One broken rule: a message key of the {@code problem.*} family and the id it concerns. */
    public record Problem(String key, String id) {
    }

    private ProjectProblems() {
    }

    public static List<Problem> of(Project project) {
        List<Problem> problems = new ArrayList<>();
        int count = project.zones().size() + project.notes().size() + project.objectives().size()
                + project.touchpoints().size() + project.links().size();
        Set<String> seen = new HashSet<>(2 * count); // sized once: a large plan is checked on every open
        project.elements().forEach(e -> {
            if (!seen.add(e.id())) {
                problems.add(new Problem("problem.duplicateId", e.id()));
            }
        });
        for (Link link : project.links()) {
            if (!seen.add(link.id())) {
                problems.add(new Problem("problem.duplicateId", link.id()));
            }
            if (project.element(link.from()).isEmpty() || project.element(link.to()).isEmpty()) {
                problems.add(new Problem("problem.danglingLink", link.id()));
            } else if (link.from().equals(link.to())) {
                problems.add(new Problem("problem.selfLink", link.id()));
            }
        }
        problems.addAll(PlanProblems.of(project.plan(), ids(project.touchpoints()), ids(project.objectives())));
        return problems;
    }

    private static Set<String> ids(List<? extends Element> elements) {
        Set<String> ids = new HashSet<>(2 * elements.size());
        for (Element e : elements) {
            ids.add(e.id());
        }
        return ids;
    }
}
