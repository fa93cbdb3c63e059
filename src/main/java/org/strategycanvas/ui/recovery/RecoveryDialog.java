package org.strategycanvas.ui.recovery;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.geometry.Insets;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.journal.JournalMetadata;

/**
 * Offers one unsaved document found after a crash: says what it is (its title, its file or that it was
 * never saved) and when its changes were last kept, and asks Recover, Discard or decide later.
 */
public final class RecoveryDialog {

    /** What the person chose for the document. */
    public enum Choice { RECOVER, DISCARD, LATER }

    private final Messages messages;
    private final Moments moments;

    public RecoveryDialog(Messages messages) {
        this.messages = messages;
        this.moments = new Moments(messages);
    }

    /**
     * @param index the document's place among those offered, from 1
     * @param count how many are offered
     */
    public Choice ask(Window owner, JournalMetadata document, int index, int count) {
        ButtonType recover = new ButtonType(messages.get("recovery.prompt.recover"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("recovery.prompt.discard"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(messages.get("recovery.prompt.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", recover, discard, later);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(count > 1 ? messages.get("recovery.prompt.headerOf", index, count)
                : messages.get("recovery.prompt.header"));
        alert.getDialogPane().setContent(content(document));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStyleClass().addAll("prompt", "recovery-prompt");
        ((Button) alert.getDialogPane().lookupButton(recover)).setDefaultButton(true);
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == recover ? Choice.RECOVER : answer == discard ? Choice.DISCARD : Choice.LATER;
    }

    private VBox content(JournalMetadata document) {
        Label what = new Label(messages.get("recovery.prompt.what", title(document), place(document)));
        what.setId("recovery-what");
        Label when = new Label(messages.get("recovery.prompt.when", moments.day(document.written()),
                moments.time(document.written())));
        when.setId("recovery-when");
        Label how = new Label(messages.get(document.file() == null ? "recovery.prompt.howUntitled"
                : "recovery.prompt.how"));
        VBox box = new VBox(10, what, when, how);
        for (Label label : new Label[] {what, when, how}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        box.setPrefWidth(520);
        box.setPadding(new Insets(0, 12, 0, 0)); // the text kept off the dialog's right edge
        return box;
    }

    private String title(JournalMetadata document) {
        String title = document.title() == null ? "" : document.title().strip();
        return title.isEmpty() ? messages.get("recovery.prompt.noTitle") : title;
    }

    private String place(JournalMetadata document) {
        Path file = document.file();
        if (file == null) {
            return messages.get("recovery.prompt.untitled");
        }
        Path folder = file.toAbsolutePath().getParent();
        return messages.get("recovery.prompt.file", String.valueOf(file.getFileName()), String.valueOf(folder));
    }
}
