package org.strategycanvas.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointRemoval;
import org.strategycanvas.ui.controls.Choices;
import org.strategycanvas.ui.editor.EditActions;

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

    /**
     * What to do with the actions and links of touchpoints being deleted: move them to a touchpoint that
     * stays, keep the actions without a touchpoint (the default), or delete them; empty when cancelled.
     */
    public Optional<EditActions.Choice> askTouchpointRemoval(TouchpointRemoval removal) {
        List<Touchpoint> removed = removal.touchpoints();
        ToggleGroup fates = new ToggleGroup();
        RadioButton move = Choices.option(messages, fates, "prompt.removal.move", "removal-move");
        RadioButton detach = Choices.option(messages, fates, "prompt.removal.detach", "removal-detach");
        RadioButton delete = Choices.option(messages, fates, "prompt.removal.delete", "removal-delete");
        ComboBox<Touchpoint> target = new ComboBox<>(FXCollections.observableList(removal.moveTargets()));
        target.setId("removal-target");
        target.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Touchpoint t) {
                return t == null ? "" : t.label();
            }

            @Override
            public Touchpoint fromString(String text) {
                return null;
            }
        });
        // A touchpoint of the same family is the likeliest heir.
        target.setValue(removal.moveTargets().stream().filter(t -> t.family() == removed.get(0).family())
                .findFirst().orElse(removal.moveTargets().isEmpty() ? null : removal.moveTargets().get(0)));
        move.setWrapText(false);
        move.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        target.disableProperty().bind(move.selectedProperty().not());
        move.setDisable(removal.moveTargets().isEmpty());
        detach.setSelected(true);
        Label question = new Label(messages.get("prompt.removal.text", removal.actions().size(),
                removal.links().size(), removed.size()));
        question.setWrapText(true);
        VBox choices = new VBox(8, question, new HBox(8, move, target), detach, delete);
        choices.setPrefWidth(520);

        ButtonType confirm = new ButtonType(messages.get("prompt.removal.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("prompt.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String name = removed.size() == 1 ? removed.get(0).label() : "";
        Alert alert = alert(Alert.AlertType.CONFIRMATION, messages.get("prompt.removal.header", removed.size(), name),
                null, confirm, cancel);
        alert.getDialogPane().setContent(choices);
        if (alert.showAndWait().orElse(cancel) != confirm) {
            return Optional.empty();
        }
        if (move.isSelected() && target.getValue() != null) {
            return Optional.of(new EditActions.Choice(TouchpointRemoval.Fate.MOVE, target.getValue().id()));
        }
        return Optional.of(new EditActions.Choice(
                delete.isSelected() ? TouchpointRemoval.Fate.DELETE : TouchpointRemoval.Fate.DETACH, null));
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
