package org.strategycanvas.ui.editor;

import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.strategycanvas.command.Command;
import org.strategycanvas.command.CommandStack;
import org.strategycanvas.model.Project;

/**
 * The view-model of one open document: its project, its command stack and its selection, exposed as
 * JavaFX properties for the views. Every change to the document goes through {@link #execute}.
 */
public final class Editor {

    private final CommandStack stack;
    private final Selection selection = new Selection();
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    public Editor(Project initial) {
        this.stack = new CommandStack(initial);
        stack.addListener(this::sync);
        sync();
    }

    private void sync() {
        project.set(stack.project());
        dirty.set(stack.isDirty());
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        // Forget selected ids that no longer exist (after a delete or an undo of an add).
        Project p = stack.project();
        var gone = selection.ids().stream().filter(id -> !p.contains(id)).collect(Collectors.toSet());
        selection.ids().removeAll(gone);
    }

    public void execute(Command command) {
        stack.execute(command);
    }

    public void undo() {
        stack.undo();
    }

    public void redo() {
        stack.redo();
    }

    /** Replaces the whole document (New, Open): empty history, clean, nothing selected. */
    public void reset(Project newProject) {
        selection.clear();
        stack.reset(newProject);
    }

    public void markSaved() {
        stack.markSaved();
    }

    public CommandStack stack() {
        return stack;
    }

    public Project project() {
        return project.get();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Selection selection() {
        return selection;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
