package org.strategycanvas.ui.keys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.strategycanvas.i18n.Messages;

/**
 * The keyboard shortcuts, grouped, in a window of their own: the menus' (read from the menus) and the
 * canvas's and panels' (written beside the code that handles them). Escape closes it.
 */
public final class ShortcutSheet {

    public static final String STYLESHEET = ShortcutSheet.class.getResource("/org/strategycanvas/ui/keys.css")
            .toExternalForm();
    private static final double GROUP_WIDTH = 420;
    private static final double KEYS_WIDTH = 140;
    private static final double GAP = 24;

    private final Stage stage = new Stage();

    /** A sheet of these lines, grouped by their group in the order they first appear. */
    public ShortcutSheet(Window owner, Messages messages, List<KeyHelp> lines) {
        stage.initOwner(owner);
        stage.setTitle(messages.get("keys.sheet.title"));
        FlowPane groups = new FlowPane(GAP, GAP);
        groups.getStyleClass().add("shortcut-groups");
        groups.setPadding(new Insets(16, 20, 20, 20));
        groupsOf(lines).forEach((title, items) -> groups.getChildren().add(group(title, items)));
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        groups.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(40));
        Label heading = new Label(messages.get("keys.sheet.title"));
        heading.getStyleClass().add("shortcut-title");
        Label closing = new Label(messages.get("keys.sheet.close"));
        closing.getStyleClass().add("shortcut-note");
        HBox top = new HBox(16, heading, closing);
        top.getStyleClass().add("shortcut-top");
        BorderPane root = new BorderPane(scroll, top, null, null, null);
        root.setId("shortcut-sheet");
        root.getStyleClass().add("shortcut-sheet");
        // Three groups side by side, with the padding and a scroll bar.
        Scene scene = new Scene(root, 3 * GROUP_WIDTH + 2 * GAP + 40 + 30, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private static Map<String, List<KeyHelp>> groupsOf(List<KeyHelp> lines) {
        Map<String, List<KeyHelp>> groups = new LinkedHashMap<>();
        for (KeyHelp line : lines) {
            groups.computeIfAbsent(line.group(), g -> new ArrayList<>()).add(line);
        }
        return groups;
    }

    private static VBox group(String title, List<KeyHelp> items) {
        Label heading = new Label(title);
        heading.getStyleClass().add("shortcut-group-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        grid.setHgap(14);
        grid.setVgap(6);
        ColumnConstraints keysColumn = new ColumnConstraints(KEYS_WIDTH);
        ColumnConstraints actionColumn = new ColumnConstraints();
        actionColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keysColumn, actionColumn);
        int row = 0;
        for (KeyHelp item : items) {
            FlowPane keys = new FlowPane(4, 4);
            keys.setPrefWrapLength(KEYS_WIDTH);
            for (String key : item.keys()) {
                Label cap = new Label(key);
                cap.getStyleClass().add("shortcut-key");
                keys.getChildren().add(cap);
            }
            Label action = new Label(item.action());
            action.setWrapText(true);
            action.getStyleClass().add("shortcut-action");
            grid.addRow(row++, keys, action);
        }
        VBox box = new VBox(8, heading, grid);
        box.getStyleClass().add("shortcut-group");
        box.setPrefWidth(GROUP_WIDTH);
        box.setMaxWidth(GROUP_WIDTH);
        return box;
    }
}
