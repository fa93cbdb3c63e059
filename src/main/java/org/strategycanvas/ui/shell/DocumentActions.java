package org.strategycanvas.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.stage.Window;
import org.strategycanvas.app.Settings;
import org.strategycanvas.command.ReplaceProject;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.Backup;
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
    /** Files given by a test (a disk that fills up), or null: then as the settings say at each save. */
    private final ProjectFiles givenFiles;
    private Runnable recentFilesChanged = () -> { };
    private Runnable documentReplaced = () -> { };

    public DocumentActions(DocumentSession session, Messages messages, Settings settings, FileDialogs dialogs,
                           Prompts prompts, Window owner) {
        this(session, messages, settings, dialogs, prompts, owner, null);
    }

    /** @param files reads and writes the plan; the fault tests give one whose disk fills up */
    DocumentActions(DocumentSession session, Messages messages, Settings settings, FileDialogs dialogs,
                    Prompts prompts, Window owner, ProjectFiles files) {
        this.givenFiles = files;
        this.session = session;
        this.messages = messages;
        this.settings = settings;
        this.dialogs = dialogs;
        this.prompts = prompts;
        this.owner = owner;
    }

    /** Reading and saving files, keeping backups as the settings say at the time of each save. */
    private ProjectFiles files() {
        return givenFiles != null ? givenFiles : new ProjectFiles(settings.backups());
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
            replaceWithUntitled(NewProjects.blank(messages, LocalDate.now()));
        }
    }

    /**
     * Puts a plan that has no file yet in the window (a new plan, a template's copy), clean and with no
     * history, without asking: the caller has made sure the current document may go.
     */
    public void replaceWithUntitled(Project project) {
        session.editor().reset(project);
        session.detach();
        documentReplaced.run();
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
            OpenedProject opened = files().open(path);
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
        if (stamp != null && files().changedSince(file, stamp)
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
            FileStamp stamp = files().save(project, path);
            session.attach(path, stamp);
            session.editor().markSaved();
            remember(path);
            return true;
        } catch (ProjectFileException e) {
            prompts.showError(e.message(messages.locale()));
            return false;
        }
    }

    /**
     * Puts a document recovered after a crash in the window, dirty: one undoable step over the file as it
     * is on disk now (or over a blank plan when it had no file or the file cannot be read), so that Undo
     * shows what is saved. It stays attached to its file, with the stamp the crashed window knew, so Save
     * writes there and asks first if someone else changed the file since.
     */
    public void adoptRecovered(Project recovered, Path file, FileStamp knownStamp) {
        Project base = NewProjects.blank(messages, LocalDate.now());
        FileStamp stamp = knownStamp;
        if (file != null) {
            try {
                OpenedProject onDisk = files().open(file);
                base = onDisk.project();
                stamp = knownStamp != null ? knownStamp : onDisk.stamp();
            } catch (ProjectFileException e) {
                // gone or unreadable: the recovered document stands on a blank plan, still meant for that file
            }
        }
        session.editor().reset(base);
        if (file != null) {
            session.attach(file, stamp);
        } else {
            session.detach();
        }
        session.editor().execute(new ReplaceProject(base, recovered, "recovery.command.recover"));
        documentReplaced.run();
    }

    /** Puts a backup of the file in the window as one undoable change; the file itself changes on Save. */
    public void restoreBackup(Backup backup) {
        try {
            Project restored = files().open(backup.file()).project();
            Project current = session.editor().project();
            session.editor().execute(new ReplaceProject(current, restored, "recovery.command.restoreBackup"));
        } catch (ProjectFileException e) {
            prompts.showError(e.message(messages.locale()));
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
