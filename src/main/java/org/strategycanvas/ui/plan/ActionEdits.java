package org.strategycanvas.ui.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.strategycanvas.command.EditPlan;
import org.strategycanvas.model.Ids;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.mix.Periods;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Plan;
import org.strategycanvas.render.TimelineGeometry;
import org.strategycanvas.ui.editor.Editor;

/** The timeline's changes to the plan's actions, each as one {@link EditPlan}, so one undo step. */
final class ActionEdits {

    static final String ADD = "command.timeline.add";
    static final String DELETE = "command.timeline.delete";
    static final String MOVE = "command.timeline.move";
    static final String RESIZE = "command.timeline.resize";
    static final String EDIT = "command.timeline.edit";

    /** How long a new action lasts, in weeks. */
    static final int NEW_DURATION = 2;

    private final Editor editor;

    ActionEdits(Editor editor) {
        this.editor = editor;
    }

    /** Puts these versions of actions in place of those with the same ids; nothing if none changed. */
    void replace(Collection<Action> changed, String descriptionKey) {
        Map<String, Action> byId = changed.stream().collect(Collectors.toMap(Action::id, Function.identity()));
        Plan before = editor.project().plan();
        List<Action> after = before.actions().stream().map(a -> byId.getOrDefault(a.id(), a)).toList();
        if (!after.equals(before.actions())) {
            editor.execute(new EditPlan(before, before.withActions(after), descriptionKey));
        }
    }

    void replace(Action changed) {
        replace(List.of(changed), EDIT);
    }

    /** Adds a new action after the others and gives its id. */
    String add(String title, String touchpointId, LocalDate today) {
        Project project = editor.project();
        String id = Ids.after(project).next(Ids.ACTION);
        Action action = new Action(id, title, touchpointId, null, newStartWeek(project, today), NEW_DURATION, "",
                Map.of(), false);
        List<Action> actions = new ArrayList<>(project.actions());
        actions.add(action);
        editor.execute(new EditPlan(project.plan(), project.plan().withActions(actions), ADD));
        return id;
    }

    void remove(Collection<String> ids) {
        Plan before = editor.project().plan();
        List<Action> kept = before.actions().stream().filter(a -> !ids.contains(a.id())).toList();
        if (kept.size() != before.actions().size()) {
            editor.execute(new EditPlan(before, before.withActions(kept), DELETE));
        }
    }

    /** The week of today when today is inside the plan, else the first week. */
    static int newStartWeek(Project project, LocalDate today) {
        LocalDate start = project.info().planStart();
        return !today.isBefore(start) && !today.isAfter(planEnd(project)) ? TimelineGeometry.weekOf(start, today) : 0;
    }

    /** The last day of the plan: the end of its last mix period. */
    static LocalDate planEnd(Project project) {
        Periods periods = new Periods(project.info().planStart(), project.mixPlan());
        return periods.end(periods.count() - 1);
    }

    /** The action moved by some weeks, never before the plan's first week. */
    static Action moved(Action a, int weeks) {
        return spanning(a, Math.max(0, a.startWeek() + weeks), a.durationWeeks());
    }

    /** The action made longer or shorter by some weeks, one week at least. */
    static Action resized(Action a, int weeks) {
        return spanning(a, a.startWeek(), Math.max(1, a.durationWeeks() + weeks));
    }

    static Action spanning(Action a, int startWeek, int durationWeeks) {
        return new Action(a.id(), a.title(), a.touchpointId(), a.objectiveId(), startWeek, durationWeeks, a.owner(),
                a.budgets(), a.milestone());
    }

    static Action titled(Action a, String title) {
        return new Action(a.id(), title, a.touchpointId(), a.objectiveId(), a.startWeek(), a.durationWeeks(),
                a.owner(), a.budgets(), a.milestone());
    }

    static Action ownedBy(Action a, String owner) {
        return new Action(a.id(), a.title(), a.touchpointId(), a.objectiveId(), a.startWeek(), a.durationWeeks(),
                owner, a.budgets(), a.milestone());
    }

    static Action milestone(Action a, boolean milestone) {
        return new Action(a.id(), a.title(), a.touchpointId(), a.objectiveId(), a.startWeek(), a.durationWeeks(),
                a.owner(), a.budgets(), milestone);
    }
}
