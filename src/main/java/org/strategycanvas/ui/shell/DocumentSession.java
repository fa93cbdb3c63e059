package org.strategycanvas.ui.shell;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.strategycanvas.io.FileStamp;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.editor.EditActions;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.recovery.Autosave;

/** The open document: what it holds, where it lives on disk and how it looked there when last read. */
public final class DocumentSession implements Autosave.Document {

    private final Editor editor;
    private final EditActions editActions;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private FileStamp stamp;

    public DocumentSession(Project project) {
        this.editor = new Editor(project);
        this.editActions = new EditActions(editor);
    }

    @Override
    public Editor editor() {
        return editor;
    }

    public EditActions editActions() {
        return editActions;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    @Override
    public Path file() {
        return file.get();
    }

    @Override
    public FileStamp stamp() {
        return stamp;
    }

    /** Now the document is this file's content as it is on disk. */
    void attach(Path path, FileStamp newStamp) {
        file.set(path);
        stamp = newStamp;
    }

    void detach() {
        file.set(null);
        stamp = null;
    }

    public String displayName(Messages messages) {
        Path path = file.get();
        return path == null ? messages.get("document.untitled") : path.getFileName().toString();
    }

    /** "*plan.strategy.json — Strategy Canvas", the star while there are unsaved changes. */
    public StringBinding windowTitle(Messages messages) {
        return Bindings.createStringBinding(
                () -> messages.get(editor.dirtyProperty().get() ? "window.title.dirty" : "window.title",
                        displayName(messages)),
                file, editor.dirtyProperty());
    }
}
