package org.strategycanvas.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.strategycanvas.i18n.Messages;

/** The questions and messages the window puts to the person, as plain sentences from the bundles. */
public class Prompts {

    /** What to do with unsaved changes. */
    public enum SaveChoice { SAVE, DISCARD, CANCEL }

    private final Messages messages;
    private final Window owner;

    public Prompts(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    public SaveChoice askSaveChanges(String documentName) {
        ButtonType save = new ButtonType(messages.get("prompt.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("prompt.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("prompt.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, messages.get("prompt.unsaved.header", documentName),
                messages.get("prompt.unsaved.text"), save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    /** The file was changed by someone else since it was opened: overwrite it anyway? */
    public boolean askOverwriteChangedFile(String fileName) {
        ButtonType overwrite = new ButtonType(messages.get("prompt.overwrite"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(messages.get("prompt.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, messages.get("prompt.changedOnDisk.header", fileName),
                messages.get("prompt.changedOnDisk.text"), overwrite, cancel);
        return alert.showAndWait().orElse(cancel) == overwrite;
    }

    /** One plain sentence, already localized. */
    public void showError(String sentence) {
        ButtonType ok = new ButtonType(messages.get("prompt.ok"), ButtonBar.ButtonData.OK_DONE);
        alert(Alert.AlertType.ERROR, null, sentence, ok).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text == null ? "" : text, buttons);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().getStyleClass().add("prompt");
        return alert;
    }
}
