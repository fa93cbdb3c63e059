package org.strategycanvas.ui.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.InvalidationListener;
import org.strategycanvas.app.Settings;
import org.strategycanvas.command.ReplaceProject;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFileException;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.start.Focus;
import org.strategycanvas.ui.start.GuidedAnswers;
import org.strategycanvas.ui.start.GuidedProject;
import org.strategycanvas.ui.start.PlanWizard;
import org.strategycanvas.ui.start.StartPage;
import org.strategycanvas.ui.start.Template;
import org.strategycanvas.ui.start.Templates;

/**
 * The start page and the guided start, shown in the window in place of the editor. Whatever replaces or
 * changes the document (a choice here, or a menu's shortcut) brings the editor back.
 */
final class StartScreens implements StartPage.Actions {

    private final MainWindow window;
    private final DocumentSession session;
    private final Messages messages;
    private final Settings settings;
    private final DocumentActions documents;
    private final Prompts prompts;
    private boolean shown;

    StartScreens(MainWindow window, DocumentSession session, Messages messages, Settings settings,
                 DocumentActions documents, Prompts prompts) {
        this.window = window;
        this.session = session;
        this.messages = messages;
        this.settings = settings;
        this.documents = documents;
        this.prompts = prompts;
        session.editor().projectProperty().addListener((InvalidationListener) o -> {
            session.editor().project();
            if (shown) {
                close();
            }
        });
    }

    boolean isShown() {
        return shown;
    }

    /** The start page, listing the recent files as they are now. */
    void show() {
        shown = true;
        StartPage page = new StartPage(messages, Template.ALL, settings.recentFiles(), this);
        window.showPage(page);
        page.focusFirst();
    }

    @Override
    public void close() {
        if (shown) {
            shown = false;
            window.showPage(null);
            // At start-up the editor has not been shown yet: the canvas joins the window on the next pulse.
            Focus.when(window.canvas());
        }
    }

    @Override
    public void guided() {
        if (documents.confirmDiscardChanges()) {
            Project blank = NewProjects.blank(messages, LocalDate.now());
            PlanWizard wizard = new PlanWizard(messages, blank.info().currency(), answers -> finish(blank, answers),
                    this::show);
            window.showPage(wizard);
        }
    }

    /** The guided plan in place of the document: a blank plan, then everything answered as one undo step. */
    private void finish(Project blank, GuidedAnswers answers) {
        documents.replaceWithUntitled(blank);
        Project guided = GuidedProject.build(blank, answers, type -> messages.get("type." + type.id()));
        if (!guided.equals(blank)) {
            session.editor().execute(new ReplaceProject(blank, guided, "command.guidedStart"));
        }
        close();
        window.canvas().fitToContent();
    }

    @Override
    public void blank() {
        if (documents.confirmDiscardChanges()) {
            documents.replaceWithUntitled(NewProjects.blank(messages, LocalDate.now()));
            close();
        }
    }

    @Override
    public void template(Template template) {
        if (!documents.confirmDiscardChanges()) {
            return;
        }
        try {
            documents.replaceWithUntitled(Templates.copyFor(template, LocalDate.now()));
            close();
        } catch (ProjectFileException e) {
            prompts.showError(e.message(messages.locale()));
        }
    }

    @Override
    public void open() {
        documents.open();
    }

    @Override
    public void openRecent(Path file) {
        documents.openRecent(file);
        if (shown) {
            show(); // it could not be opened: the list may have changed
        }
    }
}
