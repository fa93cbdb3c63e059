package org.strategycanvas.ui.settings;

import java.time.Duration;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.strategycanvas.app.Settings;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.Backups;
import org.strategycanvas.ui.controls.Choices;

/**
 * Edit ▸ Preferences: how often unsaved changes are kept, how many backups of each plan, and where. Saved
 * in the settings on OK; the next autosave tick and the next save follow them.
 */
public final class PreferencesDialog {

    private final Messages messages;

    public PreferencesDialog(Messages messages) {
        this.messages = messages;
    }

    /** Shows the preferences; true when the person changed and kept them. */
    public boolean edit(Window owner, Settings settings) {
        Spinner<Integer> interval = spinner("preferences-autosave", 1, (int) Settings.LONGEST_AUTOSAVE.toSeconds(),
                (int) settings.autosaveInterval().toSeconds());
        Spinner<Integer> kept = spinner("preferences-backups-kept", 0, Backups.MOST_KEPT, settings.backupsKept());
        ToggleGroup places = new ToggleGroup();
        RadioButton dataFolder = Choices.option(messages, places,
                "recovery.preferences.placeData", "preferences-place-data");
        RadioButton beside = Choices.option(messages, places,
                "recovery.preferences.placeBeside", "preferences-place-beside");
        (settings.backupsPlace() == Backups.Place.BESIDE_FILE ? beside : dataFolder).setSelected(true);
        dataFolder.disableProperty().bind(kept.valueProperty().isEqualTo(0));
        beside.disableProperty().bind(kept.valueProperty().isEqualTo(0));
        TextField folder = new TextField(settings.dataFolder().toAbsolutePath().toString());
        folder.setId("preferences-data-folder");
        folder.setEditable(false);
        folder.setFocusTraversable(false);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(12);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, label("recovery.preferences.autosave"),
                line(label("recovery.preferences.every"), interval, label("recovery.preferences.seconds")));
        grid.addRow(1, label("recovery.preferences.kept"), line(kept, label("recovery.preferences.versions")));
        grid.addRow(2, label("recovery.preferences.place"), new VBox(6, dataFolder, beside));
        grid.addRow(3, label("recovery.preferences.folder"), folder);
        Label note = new Label(messages.get("recovery.preferences.note"));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(18, grid, note);
        content.setPadding(new Insets(20, 20, 8, 20));
        content.setPrefWidth(640);

        ButtonType ok = new ButtonType(messages.get("recovery.preferences.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("prompt.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("recovery.preferences.title"));
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getStyleClass().add("preferences-dialog");
        if (dialog.showAndWait().orElse(cancel) != ok) {
            return false;
        }
        commit(interval);
        commit(kept);
        settings.setAutosaveInterval(Duration.ofSeconds(interval.getValue()));
        settings.setBackupsKept(kept.getValue());
        settings.setBackupsPlace(beside.isSelected() ? Backups.Place.BESIDE_FILE : Backups.Place.DATA_FOLDER);
        settings.save();
        return true;
    }

    private Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        return spinner;
    }

    /** Takes a number typed but not yet entered; a text that is no number leaves the value as it was. */
    private static void commit(Spinner<Integer> spinner) {
        try {
            spinner.commitValue();
        } catch (NumberFormatException e) {
            spinner.cancelEdit();
        }
    }

    private static HBox line(javafx.scene.Node... nodes) {
        HBox line = new HBox(8, nodes);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
