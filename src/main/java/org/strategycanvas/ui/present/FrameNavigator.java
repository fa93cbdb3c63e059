package org.strategycanvas.ui.present;

import java.util.List;
import org.strategycanvas.model.Frame;
import org.strategycanvas.model.Frames;
import org.strategycanvas.model.Project;

/**
 * Where a presentation stands among the frames of the plan. The frames are derived again from the current
 * plan at each step, so they follow the content as it moves; the current frame is kept by its key, and when
 * it is gone (its zone deleted), the one now at its place is current.
 */
final class FrameNavigator {

    private List<Frame> frames = List.of();
    private int index;

    /** Takes the frames of the plan as it is now; returns the current frame. */
    Frame refresh(Project project) {
        String key = frames.isEmpty() ? null : frames.get(index).key();
        frames = Frames.of(project);
        int found = key == null ? -1 : Frames.indexOf(frames, key);
        index = found >= 0 ? found : Math.min(index, frames.size() - 1);
        return current();
    }

    Frame current() {
        return frames.get(index);
    }

    int index() {
        return index;
    }

    List<Frame> frames() {
        return frames;
    }

    /** Moves to the frame at this place (clamped to the list) of the plan as it is now, and returns it. */
    Frame goTo(Project project, int target) {
        refresh(project);
        return moveTo(target);
    }

    Frame next(Project project) {
        refresh(project);
        return moveTo(index + 1);
    }

    Frame previous(Project project) {
        refresh(project);
        return moveTo(index - 1);
    }

    private Frame moveTo(int target) {
        index = Math.max(0, Math.min(frames.size() - 1, target));
        return current();
    }
}
