package org.strategycanvas.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFileException;
import org.strategycanvas.io.journal.Journal;
import org.strategycanvas.io.journal.OrphanJournal;
import org.strategycanvas.io.journal.RecoverableDocument;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.print.Printers;
import org.strategycanvas.ui.recovery.RecoveryDialog;
import org.strategycanvas.ui.shell.AppWindow;
import org.strategycanvas.ui.shell.FileDialogs;
import org.strategycanvas.ui.shell.Prompts;

/**
 * One run of the desktop app: its autosave journal, its windows, and at start the offer to recover what an
 * earlier run left unsaved when it crashed or was killed. A recovered document goes into the first window
 * when that holds nothing to lose, otherwise into a window of its own.
 */
public final class AppSession {

    private final Settings settings;
    private final Locale locale;
    private final FileDialogs dialogs;
    private final Journal journal;
    private final List<AppWindow> windows = new ArrayList<>();

    public AppSession(Settings settings, Locale locale, FileDialogs dialogs) {
        this.settings = settings;
        this.locale = locale;
        this.dialogs = dialogs;
        this.journal = startJournal(settings.dataFolder());
    }

    /** A journal that cannot be started (a read-only data folder) leaves the app without autosave, not stopped. */
    private static Journal startJournal(Path dataFolder) {
        try {
            return Journal.start(dataFolder);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Shows the first window, opens the file asked for or the start page, then offers what can be recovered. */
    public AppWindow start(Stage stage, List<String> args) {
        AppWindow first = open(stage);
        if (args.isEmpty()) {
            first.showStartPage();
        } else {
            first.openFile(Path.of(args.get(0)));
        }
        offerRecovery(first);
        return first;
    }

    private AppWindow open(Stage stage) {
        AppWindow window = new AppWindow(stage, settings, dialogs, Printers.system(), locale, journal);
        windows.add(window);
        window.show();
        return window;
    }

    /** The windows opened so far, the first one first. */
    public List<AppWindow> windows() {
        return List.copyOf(windows);
    }

    /** Asks about each document left in the journal of a run that ended without closing it. */
    private void offerRecovery(AppWindow first) {
        List<OrphanJournal> orphans = Journal.orphans(settings.dataFolder());
        int count = orphans.stream().mapToInt(o -> o.documents().size()).sum();
        int index = 0;
        RecoveryDialog dialog = new RecoveryDialog(new Messages(locale));
        for (OrphanJournal orphan : orphans) {
            for (RecoverableDocument document : orphan.documents()) {
                index++;
                switch (dialog.ask(first.stage(), document.metadata(), index, count)) {
                    case RECOVER:
                        recover(first, document);
                        break;
                    case DISCARD:
                        document.discard();
                        break;
                    default:
                        break; // offered again at the next start
                }
            }
            orphan.close();
        }
    }

    private void recover(AppWindow first, RecoverableDocument document) {
        Project project;
        try {
            project = document.read();
        } catch (ProjectFileException e) {
            new Prompts(new Messages(locale), first.stage()).showError(e.message(locale));
            return;
        }
        AppWindow target = first.holdsNothingToLose(document.metadata().file()) ? first : open(new Stage());
        if (target.recover(project, document.metadata())) {
            document.discard();
        }
    }

    /** The app ends: the journal keeps only what is still unsaved (nothing, after windows closed normally). */
    public void stop() {
        if (journal != null) {
            journal.close();
        }
    }
}
