package org.strategycanvas.ui.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.strategycanvas.app.Settings;
import org.strategycanvas.i18n.Messages;

/**
 * The application's one window: shows a document, asks before closing it with unsaved changes, and
 * rebuilds its content in the other language on request, keeping the document and its history.
 */
public final class AppWindow {

    private final Stage stage;
    private final Settings settings;
    private final FileDialogs dialogs;
    private final DocumentSession session;
    private Messages messages;
    private MainWindow window;

    public AppWindow(Stage stage, Settings settings, FileDialogs dialogs, Locale locale) {
        this.stage = stage;
        this.settings = settings;
        this.dialogs = dialogs;
        this.messages = new Messages(locale);
        this.session = new DocumentSession(NewProjects.blank(messages, LocalDate.now()));
        Scene scene = new Scene(new javafx.scene.layout.Pane(), 1280, 800);
        scene.getStylesheets().add(AppWindow.class.getResource("/org/strategycanvas/ui/app.css").toExternalForm());
        stage.setScene(scene);
        build();
        stage.setOnCloseRequest(e -> {
            if (window.documents().confirmDiscardChanges()) {
                stage.close();
            } else {
                e.consume();
            }
        });
    }

    private void build() {
        window = new MainWindow(stage, messages, session, settings, dialogs, this::switchLanguage);
        stage.getScene().setRoot(window.root());
        stage.titleProperty().unbind();
        stage.titleProperty().bind(session.windowTitle(messages));
    }

    void switchLanguage(Locale locale) {
        if (!locale.equals(messages.locale())) {
            messages = new Messages(locale);
            Locale.setDefault(messages.locale());
            settings.setLanguage(messages.locale());
            settings.save();
            build();
        }
    }

    public void show() {
        stage.show();
        window.canvas().requestFocus();
    }

    public boolean openFile(Path path) {
        return window.openFile(path);
    }

    public DocumentSession session() {
        return session;
    }

    public MainWindow window() {
        return window;
    }

    public Messages messages() {
        return messages;
    }
}
