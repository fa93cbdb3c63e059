package org.strategycanvas.ui.shell;

import java.nio.file.Path;
import javafx.stage.Window;
import org.strategycanvas.app.Settings;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.recovery.BackupsDialog;
import org.strategycanvas.ui.settings.PreferencesDialog;

/** File ▸ Backups… (restore an earlier version of the saved file) and Edit ▸ Preferences…. */
final class BackupActions {

    private final DocumentSession session;
    private final DocumentActions documents;
    private final Messages messages;
    private final Settings settings;
    private final Window owner;

    BackupActions(DocumentSession session, DocumentActions documents, Messages messages, Settings settings,
                  Window owner) {
        this.session = session;
        this.documents = documents;
        this.messages = messages;
        this.settings = settings;
        this.owner = owner;
    }

    /** Lists the backups of the document's file and restores the one picked; nothing while untitled. */
    void showBackups() {
        Path file = session.file();
        if (file != null) {
            new BackupsDialog(messages).choose(owner, settings.backups(), file).ifPresent(documents::restoreBackup);
        }
    }

    void showPreferences() {
        new PreferencesDialog(messages).edit(owner, settings);
    }
}
