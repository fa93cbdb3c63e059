package org.strategycanvas.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.strategycanvas.model.plan.Action;

/**
 * What becomes of the actions and links of touchpoints being deleted, and the project once they are gone.
 * Whatever the choice, nothing in the result refers to a removed element.
 */
public final class TouchpointRemoval {

    /** The person's choice for the removed touchpoints' actions and links. */
    public enum Fate {
        /** Actions and links go to another touchpoint that stays. */
        MOVE,
        /** Actions stay on the timeline with no touchpoint; links are removed. */
        DETACH,
        /** Actions and links are removed with the touchpoints. */
        DELETE
    }

    private final Project project;
    private final Set<String> removed;
    private final Set<String> touchpoints = new LinkedHashSet<>();

    /** @param ids the elements and links being deleted, touchpoints among them or not */
    public TouchpointRemoval(Project project, Set<String> ids) {
        this.project = Objects.requireNonNull(project, "project");
        this.removed = Set.copyOf(ids);
        project.touchpoints().stream().map(Touchpoint::id).filter(removed::contains).forEach(touchpoints::add);
    }

    /** The touchpoints being removed, in the project's order. */
    public List<Touchpoint> touchpoints() {
        return project.touchpoints().stream().filter(t -> touchpoints.contains(t.id())).toList();
    }

    /** The actions on the removed touchpoints. */
    public List<Action> actions() {
        return project.actions().stream()
                .filter(a -> a.touchpointId() != null && touchpoints.contains(a.touchpointId())).toList();
    }

    /** The links between a removed touchpoint and an element that stays. */
    public List<Link> links() {
        return project.links().stream()
                .filter(l -> !removed.contains(l.id()))
                .filter(l -> touchpoints.contains(l.from()) && !removed.contains(l.to())
                        || touchpoints.contains(l.to()) && !removed.contains(l.from()))
                .toList();
    }

    /** Whether there is anything to decide: some removed touchpoint has actions or links to what stays. */
    public boolean needsAChoice() {
        return !actions().isEmpty() || !links().isEmpty();
    }

    /** The touchpoints that stay, where actions and links may be moved. */
    public List<Touchpoint> moveTargets() {
        return project.touchpoints().stream().filter(t -> !removed.contains(t.id())).toList();
    }

    /**
     * The project after the deletion. With {@link Fate#MOVE}, {@code targetId} (a touchpoint that stays)
     * receives the actions and the links; a moved link that would join the target to itself, or repeat a
     * link it already has, is dropped.
     */
    public Project apply(Fate fate, String targetId) {
        Project result = project;
        if (fate == Fate.MOVE) {
            if (moveTargets().stream().noneMatch(t -> t.id().equals(targetId))) {
                throw new IllegalArgumentException("actions move to a touchpoint that stays: " + targetId);
            }
            result = moved(targetId);
        } else if (fate == Fate.DELETE) {
            Set<String> gone = new HashSet<>();
            actions().forEach(a -> gone.add(a.id()));
            result = result.withActions(result.actions().stream().filter(a -> !gone.contains(a.id())).toList());
        }
        return result.minus(removed);
    }

    private Project moved(String targetId) {
        List<Action> actions = project.actions().stream()
                .map(a -> a.touchpointId() != null && touchpoints.contains(a.touchpointId())
                        ? a.withTouchpoint(targetId) : a)
                .toList();
        Set<List<Object>> present = new HashSet<>();
        project.links().stream().filter(l -> !touchesRemoved(l)).forEach(l -> present.add(ends(l)));
        List<Link> links = new ArrayList<>();
        for (Link l : project.links()) {
            if (!touchesRemoved(l)) {
                links.add(l);
                continue;
            }
            Link moved = l.withEnds(touchpoints.contains(l.from()) ? targetId : l.from(),
                    touchpoints.contains(l.to()) ? targetId : l.to());
            if (!moved.from().equals(moved.to()) && present.add(ends(moved))) {
                links.add(moved);
            }
        }
        return project.withContent(project.touchpoints(), project.objectives(), links, project.notes(),
                project.zones()).withActions(actions);
    }

    private boolean touchesRemoved(Link l) {
        return touchpoints.contains(l.from()) || touchpoints.contains(l.to());
    }

    private static List<Object> ends(Link l) {
        return List.of(l.from(), l.to(), l.kind());
    }
}
