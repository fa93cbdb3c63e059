package org.strategycanvas.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.stage.Window;
import org.strategycanvas.app.Settings;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.FileStamp;
import org.strategycanvas.io.OpenedProject;
import org.strategycanvas.io.ProjectFileException;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Project;

/**
 * New, Open, Save, Save As and Recent files. Nothing is ever lost silently: unsaved changes are offered
 * for saving first, a file changed by someone else is not overwritten without asking, and a file that
 * cannot be read leaves the open document as it was.
 */
public final class DocumentActions {

    private final DocumentSession session;
    private final Messages messages;
    private final Settings settings;
    private final FileDialogs dialogs;
    private final Prompts prompts;
    private final Window owner;
    private final ProjectFiles files;
    private Runnable recentFilesChanged = () -> { };
    private Runnable documentReplaced = () -> { };

    public DocumentActions(DocumentSession session, Messages messages, Settings settings, FileDialogs dialogs,
                           Prompts prompts, Window owner) {
        this(session, messages, settings, dialogs, prompts, owner, new ProjectFiles());
    }

    /** @param files reads and writes the plan; the fault tests give one whose disk fills up */
    DocumentActions(DocumentSession session, Messages messages, Settings settings, FileDialogs dialogs,
                    Prompts prompts, Window owner, ProjectFiles files) {
        this.files = files;
        this.session = session;
        this.messages = messages;
        this.settings = settings;
        this.dialogs = dialogs;
        this.prompts = prompts;
        this.owner = owner;
    }

    void onRecentFilesChanged(Runnable listener) {
        this.recentFilesChanged = listener;
    }

    /** Told after New or Open put another plan in the window. */
    void onDocumentReplaced(Runnable listener) {
        this.documentReplaced = listener;
    }

    public void newDocument() {
        if (confirmDiscardChanges()) {
            session.editor().reset(NewProjects.blank(messages, LocalDate.now()));
            session.detach();
            documentReplaced.run();
        }
    }

    public void open() {
        if (confirmDiscardChanges()) {
            dialogs.chooseFileToOpen(owner).ifPresent(this::openFile);
        }
    }

    public void openRecent(Path path) {
        if (confirmDiscardChanges()) {
            openFile(path);
        }
    }

    /** Opens a file in place of the current document, which stays as it was if the file cannot be read. */
    public boolean openFile(Path path) {
        try {
            OpenedProject opened = files.open(path);
            session.editor().reset(opened.project());
            session.attach(path, opened.stamp());
            remember(path);
            documentReplaced.run();
            return true;
        } catch (ProjectFileException e) {
            if (!Files.exists(path)) {
                settings.removeRecentFile(path);
                settings.save();
                recentFilesChanged.run();
            }
            prompts.showError(e.message(messages.locale()));
            return false;
        }
    }

    /** Saves to the document's file (asking where for a new one); false if it was not saved. */
    public boolean save() {
        Path file = session.file();
        if (file == null) {
            return saveAs();
        }
        FileStamp stamp = session.stamp();
        if (stamp != null && files.changedSince(file, stamp)
                && !prompts.askOverwriteChangedFile(file.getFileName().toString())) {
            return false;
        }
        return writeTo(file);
    }

    public boolean saveAs() {
        Optional<Path> target = dialogs.chooseFileToSave(owner, suggestedName());
        return target.isPresent() && writeTo(target.get());
    }

    private boolean writeTo(Path path) {
        Project project = session.editor().project();
        try {
            FileStamp stamp = files.save(project, path);
            session.attach(path, stamp);
            session.editor().markSaved();
            remember(path);
            return true;
        } catch (ProjectFileException e) {
            prompts.showError(e.message(messages.locale()));
            return false;
        }
    }

    /** True when the current document may be replaced: it is saved, or the person chose not to keep it. */
    public boolean confirmDiscardChanges() {
        if (!session.editor().dirtyProperty().get()) {
            return true;
        }
        switch (prompts.askSaveChanges(session.displayName(messages))) {
            case SAVE:
                return save();
            case DISCARD:
                return true;
            default:
                return false;
        }
    }

    private String suggestedName() {
        Path file = session.file();
        if (file != null) {
            return file.getFileName().toString();
        }
        String title = session.editor().project().info().title().strip();
        String base = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return (base.isEmpty() ? messages.get("document.untitled") : base) + ".strategy.json";
    }

    private void remember(Path path) {
        settings.addRecentFile(path);
        settings.save();
        recentFilesChanged.run();
    }
}
