package org.strategycanvas.model;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strategycanvas.model.plan.PlanProblems;

/** Checks what a project's types cannot: ids unique, links joining elements that exist, the plan's references. */
public final class ProjectProblems {

    /** One broken rule: a message key of the {@code problem.*} family and the id it concerns. */
    public record Problem(String key, String id) {
    }

    private ProjectProblems() {
    }

    /**
     * Every broken rule, in file order. Works from the project's own index of its elements, which the editor uses
     * anyway, rather than sets of ids of its own: a large plan is checked on every open.
     */
    public static List<Problem> of(Project project) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Element> byId = project.index();
        int elements = project.zones().size() + project.notes().size() + project.objectives().size()
                + project.touchpoints().size();
        if (byId.size() != elements) { // fewer ids than elements: some id is there twice
            Set<String> seen = new HashSet<>();
            project.elements().filter(e -> !seen.add(e.id()))
                    .forEach(e -> problems.add(new Problem("problem.duplicateId", e.id())));
        }
        Set<String> linkIds = new HashSet<>(project.links().size() * 4 / 3 + 1);
        for (Link link : project.links()) {
            if (byId.containsKey(link.id()) || !linkIds.add(link.id())) {
                problems.add(new Problem("problem.duplicateId", link.id()));
            }
            if (!byId.containsKey(link.from()) || !byId.containsKey(link.to())) {
                problems.add(new Problem("problem.danglingLink", link.id()));
            } else if (link.from().equals(link.to())) {
                problems.add(new Problem("problem.selfLink", link.id()));
            }
        }
        problems.addAll(PlanProblems.of(project.plan(), new IdsOf(byId, Touchpoint.class),
                new IdsOf(byId, Objective.class)));
        return problems;
    }

    /** The ids of one kind of element, looked up in the project's index rather than copied out of it. */
    private static final class IdsOf extends AbstractSet<String> {

        private final Map<String, Element> byId;
        private final Class<? extends Element> kind;

        IdsOf(Map<String, Element> byId, Class<? extends Element> kind) {
            this.byId = byId;
            this.kind = kind;
        }

        @Override
        public boolean contains(Object id) {
            return kind.isInstance(byId.get(id));
        }

        @Override
        public Iterator<String> iterator() {
            return byId.entrySet().stream().filter(e -> kind.isInstance(e.getValue())).map(Map.Entry::getKey)
                    .iterator();
        }

        @Override
        public int size() {
            return (int) byId.values().stream().filter(kind::isInstance).count();
        }
    }
}
