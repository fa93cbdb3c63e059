package org.strategycanvas.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
        Set<String> seen = new HashSet<>();
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
        problems.addAll(PlanProblems.of(project.plan(),
                project.touchpoints().stream().map(Touchpoint::id).collect(Collectors.toSet()),
                project.objectives().stream().map(Objective::id).collect(Collectors.toSet())));
        return problems;
    }
}
