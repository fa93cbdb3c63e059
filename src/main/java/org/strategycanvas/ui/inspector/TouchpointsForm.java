package org.strategycanvas.ui.inspector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.strategycanvas.command.UpdateElements;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.TernaryMath;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.mix.TernaryControl;

/**
 * Several selected elements, some of them touchpoints: their average media split, and one change that
 * gives every one of them the same split as a single undo step.
 */
final class TouchpointsForm extends Form {

    private final Editor editor;
    private final Set<String> ids;
    private final TernaryControl split;

    TouchpointsForm(Messages messages, Editor editor, Set<String> selectedIds, int touchpointCount) {
        super(messages, "inspector.multiple", selectedIds.size());
        this.editor = editor;
        this.ids = Set.copyOf(selectedIds);
        split = new TernaryControl(messages);
        split.setOnCommit(this::applyToAll);
        note(messages.get("inspector.multiSplitHint"));
        belowText(messages.get("inspector.multiSplit", touchpointCount), split);
        refresh(editor.project());
    }

    /** The selected touchpoints that still exist, in drawing order. */
    static List<Touchpoint> touchpoints(Project project, Set<String> ids) {
        return project.touchpoints().stream().filter(t -> ids.contains(t.id())).collect(Collectors.toList());
    }

    /** The average split of some touchpoints, to the nearest whole percent. */
    static MediaSplit average(List<Touchpoint> touchpoints) {
        double owned = 0;
        double earned = 0;
        double paid = 0;
        for (Touchpoint t : touchpoints) {
            owned += t.split().owned();
            earned += t.split().earned();
            paid += t.split().paid();
        }
        return TernaryMath.nearest(owned, earned, paid, 1);
    }

    private void applyToAll(MediaSplit value) {
        Map<Touchpoint, Touchpoint> changes = new LinkedHashMap<>();
        for (Touchpoint t : touchpoints(editor.project(), ids)) {
            if (!t.split().equals(value)) {
                changes.put(t, t.withSplit(value));
            }
        }
        if (!changes.isEmpty()) {
            editor.execute(UpdateElements.of(changes, "command.edit"));
        }
    }

    @Override
    boolean refresh(Project project) {
        List<Touchpoint> touchpoints = touchpoints(project, ids);
        if (touchpoints.isEmpty()) {
            return false;
        }
        split.setValue(average(touchpoints));
        return true;
    }
}
