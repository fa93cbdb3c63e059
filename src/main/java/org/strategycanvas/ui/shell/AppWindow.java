package org.strategycanvas.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.strategycanvas.app.Settings;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.journal.Journal;
import org.strategycanvas.io.journal.JournalMetadata;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.print.Printers;
import org.strategycanvas.ui.recovery.Autosave;
import org.strategycanvas.ui.recovery.Ticker;
import org.strategycanvas.ui.theme.Theme;
import org.strategycanvas.ui.theme.Themes;

/**
 * The application's one window: shows a document, asks before closing it with unsaved changes, and
 * rebuilds its content in the other language on request, keeping the document and its history.
 */
public final class AppWindow {

    private final Stage stage;
    private final Settings settings;
    private final FileDialogs dialogs;
    private final Printers printers;
    private final DocumentSession session;
    private final Autosave autosave;
    private Messages messages;
    private MainWindow window;

    public AppWindow(Stage stage, Settings settings, FileDialogs dialogs, Locale locale) {
        this(stage, settings, dialogs, Printers.system(), locale);
    }

    /** The window printing to these printers rather than the system's (the tests choose theirs); no autosave. */
    public AppWindow(Stage stage, Settings settings, FileDialogs dialogs, Printers printers, Locale locale) {
        this(stage, settings, dialogs, printers, locale, null);
    }

    /** A window whose unsaved changes are journaled in {@code journal}, at the interval the settings say. */
    public AppWindow(Stage stage, Settings settings, FileDialogs dialogs, Printers printers, Locale locale,
                     Journal journal) {
        this.stage = stage;
        this.settings = settings;
        this.dialogs = dialogs;
        this.printers = printers;
        this.messages = new Messages(locale);
        // JavaFX's own texts and the date pickers follow the default locale: keep it the window's language.
        Locale.setDefault(messages.locale());
        Themes.apply(Theme.of(settings.theme().orElse(null)));
        this.session = new DocumentSession(NewProjects.blank(messages, LocalDate.now()));
        build();
        this.autosave = journal == null ? null : new Autosave(session, journal.newEntry(),
                settings::autosaveInterval, Clock.systemUTC(), Ticker.everySecond());
        stage.setOnCloseRequest(e -> {
            if (window.documents().confirmDiscardChanges()) {
                if (autosave != null) {
                    autosave.discard(); // saved, or closed without saving on purpose
                }
                stage.close();
            } else {
                e.consume();
            }
        });
    }

    private void build() {
        window = new MainWindow(stage, messages, session, settings, dialogs, printers, this::switchLanguage);
        // A new scene rather than a new root: the old menu bar takes its shortcuts away with its scene.
        Scene old = stage.getScene();
        Scene scene = old == null ? new Scene(window.root(), initialWidth(), initialHeight())
                : new Scene(window.root(), old.getWidth(), old.getHeight());
        scene.getStylesheets().add(AppWindow.class.getResource("/org/strategycanvas/ui/app.css").toExternalForm());
        stage.setScene(scene);
        focusCanvasFirst(scene);
        stage.titleProperty().unbind();
        stage.titleProperty().bind(session.windowTitle(messages));
    }

    /** Most of the screen, up to a size where the canvas, the mix panel and the side panes all breathe. */
    static double initialWidth() {
        return Math.min(1600, Screen.getPrimary().getVisualBounds().getWidth() * 0.92);
    }

    static double initialHeight() {
        return Math.min(1000, Screen.getPrimary().getVisualBounds().getHeight() * 0.92);
    }

    /**
     * A new scene gives focus to its first field, the palette's search, where Ctrl+Z would undo typing
     * instead of the last edit: the canvas takes the first focus instead. When the scene replaces another
     * (a language switch), its first focus can come before the split panes have laid out their content (the
     * status bar's scenario switcher gets it), and the canvas cannot take focus yet: it asks again after
     * that pulse.
     */
    private void focusCanvasFirst(Scene scene) {
        scene.focusOwnerProperty().addListener(new ChangeListener<Node>() {
            @Override
            public void changed(ObservableValue<? extends Node> obs, Node old, Node owner) {
                scene.focusOwnerProperty().removeListener(this);
                if (owner != window.canvas()) {
                    window.canvas().requestFocus();
                    if (scene.getFocusOwner() != window.canvas()) {
                        Platform.runLater(() -> window.canvas().requestFocus());
                    }
                }
            }
        });
    }

    void switchLanguage(Locale locale) {
        if (!locale.equals(messages.locale())) {
            messages = new Messages(locale);
            Locale.setDefault(messages.locale());
            settings.setLanguage(messages.locale());
            settings.save();
            boolean startPage = window.isStartPageShown();
            build();
            if (startPage) {
                window.showStartPage();
            }
        }
    }

    public void show() {
        stage.show();
    }

    public boolean openFile(Path path) {
        return window.openFile(path);
    }

    /** Whether a recovered document may take this window's place: nothing unsaved, nothing else open. */
    public boolean holdsNothingToLose(Path recoveredFile) {
        Path file = session.file();
        return !session.editor().dirtyProperty().get() && (file == null || file.equals(recoveredFile));
    }

    /**
     * Puts a document recovered after a crash in this window (see {@link DocumentActions#adoptRecovered}) and
     * journals it at once; true when it is safe in this app's journal, so the old entry may go.
     */
    public boolean recover(Project project, JournalMetadata metadata) {
        window.documents().adoptRecovered(project, metadata.file(), metadata.fileStamp());
        return autosave == null || autosave.writeNow().join();
    }

    public Stage stage() {
        return stage;
    }

    /** The start page in the window, as when the app starts with no file to open. */
    public void showStartPage() {
        window.showStartPage();
    }

    public DocumentSession session() {
        return session;
    }

    public MainWindow window() {
        return window;
    }
}
