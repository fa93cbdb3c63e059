package org.strategycanvas.ui.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.Backup;
import org.strategycanvas.io.Backups;

/**
 * The backups of the open plan's file, newest first, with when each was kept and its size; picks one to
 * restore. (Not the plan's saved versions, which live inside the file: these are whole earlier files.)
 */
public final class BackupsDialog {

    private final Messages messages;
    private final Moments moments;

    public BackupsDialog(Messages messages) {
        this.messages = messages;
        this.moments = new Moments(messages);
    }

    /** Shows the file's backups; the one to restore, or empty when the person closes the dialog. */
    public Optional<Backup> choose(Window owner, Backups backups, Path file) {
        List<Backup> found;
        try {
            found = backups.of(file);
        } catch (IOException e) {
            found = List.of();
        }
        TableView<Backup> table = table(found, backups);
        ButtonType restore = new ButtonType(messages.get("recovery.backups.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("recovery.backups.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("recovery.backups.title"));
        dialog.setHeaderText(messages.get("recovery.backups.header", String.valueOf(file.getFileName())));
        dialog.getDialogPane().getButtonTypes().addAll(restore, close);
        dialog.getDialogPane().getStyleClass().add("backups-dialog");
        dialog.getDialogPane().setContent(content(table, backups, file));
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Node restoreButton = dialog.getDialogPane().lookupButton(restore);
        restoreButton.setId("backups-restore");
        restoreButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(restore);
            }
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.isPresent() && answer.get() == restore
                ? Optional.ofNullable(table.getSelectionModel().getSelectedItem()) : Optional.empty();
    }

    private TableView<Backup> table(List<Backup> found, Backups backups) {
        TableView<Backup> table = new TableView<>(FXCollections.observableList(found));
        table.setId("backups-table");
        TableColumn<Backup, String> when = new TableColumn<>(messages.get("recovery.backups.when"));
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(moments.dayAndTime(c.getValue().time())));
        when.setPrefWidth(400);
        TableColumn<Backup, String> size = new TableColumn<>(messages.get("recovery.backups.size"));
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(moments.size(c.getValue().size())));
        size.setPrefWidth(110);
        size.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(when);
        table.getColumns().add(size);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.get(backups.kept() == 0 ? "recovery.backups.off" : "recovery.backups.none"));
        empty.setWrapText(true);
        empty.setMaxWidth(440);
        table.setPlaceholder(empty);
        table.setPrefSize(540, 300);
        return table;
    }

    private VBox content(TableView<Backup> table, Backups backups, Path file) {
        Label explain = new Label(messages.get("recovery.backups.explain", backups.kept()));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        Label where = new Label(messages.get("recovery.backups.where"));
        TextField folder = new TextField(backups.folderFor(file).toString());
        folder.setId("backups-folder");
        folder.setEditable(false);
        folder.setFocusTraversable(false);
        VBox box = new VBox(10, explain, table, where, folder);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPrefWidth(560);
        return box;
    }
}
