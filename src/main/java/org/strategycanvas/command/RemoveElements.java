package org.strategycanvas.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.Project;

/**
 * Removes elements and links by id, with every link that touches a removed element; the plan detaches
 * what referred to them (see {@link Project#minus}). Undo puts each one back at its old place in the
 * drawing order and restores the plan as it was.
 */
public final class RemoveElements implements Command {

    private final Set<String> ids;
    private final String descriptionKey;
    private Project before;

    public RemoveElements(Set<String> ids, String descriptionKey) {
        this.ids = Set.copyOf(ids);
        this.descriptionKey = descriptionKey;
    }

    @Override
    public Project execute(Project project) {
        this.before = project;
        return project.minus(ids);
    }

    @Override
    public Project undo(Project after) {
        Set<String> removedLinks = new HashSet<>();
        for (Link l : before.links()) {
            if (ids.contains(l.id()) || ids.contains(l.from()) || ids.contains(l.to())) {
                removedLinks.add(l.id());
            }
        }
        Predicate<String> wasRemoved = id -> ids.contains(id) || removedLinks.contains(id);
        return after.withContent(
                restore(before.touchpoints(), after.touchpoints(), t -> wasRemoved.test(t.id())),
                restore(before.objectives(), after.objectives(), o -> wasRemoved.test(o.id())),
                restore(before.links(), after.links(), l -> wasRemoved.test(l.id())),
                restore(before.notes(), after.notes(), n -> wasRemoved.test(n.id())),
                restore(before.zones(), after.zones(), z -> wasRemoved.test(z.id())))
                .withPlan(before.plan()); // actions re-attached, actuals back: nothing else changed it since
    }

    /**
     * Merges the removed items back in at their old positions. Items that stayed are taken from
     * {@code current}, in order, so that nothing done since (there is nothing, the stack is LIFO) is lost.
     */
    private static <T> List<T> restore(List<T> old, List<T> current, Predicate<T> removed) {
        List<T> result = new ArrayList<>(old.size());
        int next = 0;
        for (T item : old) {
            if (removed.test(item)) {
                result.add(item);
            } else if (next < current.size()) {
                result.add(current.get(next++));
            }
        }
        while (next < current.size()) {
            result.add(current.get(next++));
        }
        return result;
    }

    @Override
    public String descriptionKey() {
        return descriptionKey;
    }
}
