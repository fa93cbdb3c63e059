package org.strategycanvas.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.strategycanvas.model.Project;

/**
 * The one way a document changes: every change is a command pushed here, so it can be undone and redone.
 * The document is dirty whenever the command on top is not the one that was on top at the last save,
 * so undoing back to the saved state makes it clean again.
 */
public final class CommandStack {

    /** Told after every change of the project, the stacks or the saved point. */
    public interface Listener {
        void stackChanged();
    }

    private static final Object BASE = new Object();
    private static final Object UNREACHABLE = new Object();

    private final int limit;
    private final Deque<Command> undoable = new ArrayDeque<>();
    private final Deque<Command> redoable = new ArrayDeque<>();
    private final List<Listener> listeners = new ArrayList<>();
    private Project project;
    private Object savedAt = BASE;
    private boolean busy;

    public CommandStack(Project project, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.project = Objects.requireNonNull(project);
        this.limit = limit;
    }

    public CommandStack(Project project) {
        this(project, 500);
    }

    public Project project() {
        return project;
    }

    public void execute(Command command) {
        guard(() -> {
            project = command.execute(project);
            undoable.push(command);
            redoable.clear();
            if (undoable.size() > limit) {
                Command dropped = undoable.removeLast();
                if (savedAt == BASE || savedAt == dropped) {
                    savedAt = UNREACHABLE;
                }
            }
        });
    }

    public boolean canUndo() {
        return !undoable.isEmpty();
    }

    public boolean canRedo() {
        return !redoable.isEmpty();
    }

    public void undo() {
        if (canUndo()) {
            guard(() -> {
                Command command = undoable.pop();
                project = command.undo(project);
                redoable.push(command);
            });
        }
    }

    public void redo() {
        if (canRedo()) {
            guard(() -> {
                Command command = redoable.pop();
                project = command.execute(project);
                undoable.push(command);
            });
        }
    }

    public Optional<String> undoDescriptionKey() {
        return Optional.ofNullable(undoable.peek()).map(Command::descriptionKey);
    }

    public Optional<String> redoDescriptionKey() {
        return Optional.ofNullable(redoable.peek()).map(Command::descriptionKey);
    }

    public boolean isDirty() {
        return top() != savedAt;
    }

    /** The current project is now what is on disk. */
    public void markSaved() {
        savedAt = top();
        fire();
    }

    /** Starts over with another project and empty stacks, clean (as after opening a file). */
    public void reset(Project newProject) {
        guard(() -> {
            project = Objects.requireNonNull(newProject);
            undoable.clear();
            redoable.clear();
            savedAt = BASE;
        });
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private Object top() {
        Command top = undoable.peek();
        return top == null ? BASE : top;
    }

    private void guard(Runnable change) {
        if (busy) {
            throw new IllegalStateException("a command may not change the document while another one runs");
        }
        busy = true;
        try {
            change.run();
        } finally {
            busy = false;
        }
        fire();
    }

    private void fire() {
        for (Listener l : List.copyOf(listeners)) {
            l.stackChanged();
        }
    }
}
