package org.strategycanvas.ui.canvas;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.ui.theme.PlanColours;

/**
 * Adding by name, like a command palette: a field over the top of the canvas that lists what can be added
 * (the touchpoint types, an objective, a note, a zone) as one types; Up and Down choose, Enter adds, Escape or
 * leaving the field gives up.
 */
final class QuickAddField {

    static final String STYLE_CLASS = "quick-add";
    private static final int VISIBLE_ROWS = 8;
    private static final double ROW_HEIGHT = 34;
    private static final double WIDTH = 420;

    private final Pane overlay;
    private final Consumer<QuickAddChoice> onChoose;
    private final Runnable onClose;
    private final List<QuickAddChoice> choices;
    private final VBox box = new VBox();
    private final TextField field = new TextField();
    private final ListView<QuickAddChoice> list = new ListView<>();
    private boolean open;

    QuickAddField(Messages messages, Pane overlay, Consumer<QuickAddChoice> onChoose, Runnable onClose) {
        this.overlay = overlay;
        this.onChoose = onChoose;
        this.onClose = onClose;
        this.choices = QuickAddChoice.all(messages);
        box.getStyleClass().add(STYLE_CLASS);
        box.setId("quick-add");
        box.getStylesheets().add(CanvasKeys.STYLESHEET);
        field.setId("quick-add-field");
        field.setPromptText(messages.get("keys.quickAdd.prompt"));
        field.setAccessibleText(messages.get("keys.quickAdd.accessible"));
        list.setId("quick-add-list");
        list.setFocusTraversable(false);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(v -> new ChoiceCell());
        list.setPlaceholder(new Label(messages.get("keys.quickAdd.none")));
        Label keys = new Label(messages.get("keys.quickAdd.keys"));
        keys.getStyleClass().add("quick-add-keys");
        box.getChildren().addAll(field, list, keys);
        box.setPrefWidth(WIDTH);
        field.textProperty().addListener((obs, old, text) -> filter(text));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                close(false);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                choose();
            }
        });
    }

    boolean isOpen() {
        return open;
    }

    /** Opens the field with a first letter already typed (or none), ready for the rest. */
    void open(String typed) {
        if (!open) {
            open = true;
            overlay.getChildren().add(box);
        }
        field.setText(typed);
        filter(typed);
        // Skins now, not at the next pulse: a field without its skin drops the keys typed right after the first.
        box.applyCss();
        box.layout();
        reposition();
        field.requestFocus();
        field.end();
    }

    /** Keeps the field at the top of the canvas, in the middle. */
    void reposition() {
        if (!open) {
            return;
        }
        double width = Math.min(WIDTH, Math.max(160, overlay.getWidth() - 24));
        box.resize(width, box.prefHeight(width));
        box.relocate(Math.max(12, (overlay.getWidth() - width) / 2), 16);
    }

    private void filter(String text) {
        List<QuickAddChoice> found = QuickAddSearch.find(text, choices);
        list.getItems().setAll(found);
        list.setPrefHeight(Math.max(1, Math.min(VISIBLE_ROWS, found.size())) * ROW_HEIGHT + 2);
        if (!found.isEmpty()) {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        }
        reposition();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        int at = list.getSelectionModel().getSelectedIndex();
        int size = list.getItems().size();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            if (size > 0) {
                int next = Math.floorMod(at + (code == KeyCode.DOWN ? 1 : -1), size);
                list.getSelectionModel().select(next);
                list.scrollTo(Math.max(0, next - VISIBLE_ROWS + 1));
            }
        } else if (code == KeyCode.ENTER) {
            choose();
        } else if (code == KeyCode.ESCAPE) {
            close(true);
        } else if (code != KeyCode.TAB) {
            return;
        }
        e.consume();
    }

    private void choose() {
        QuickAddChoice choice = list.getSelectionModel().getSelectedItem();
        if (choice != null) {
            close(true);
            onChoose.accept(choice);
        }
    }

    /**
     * Takes the field away; {@code giveBack} hands the keys back to the canvas (Enter, Escape), which must not
     * happen when the field closes because the person went elsewhere.
     */
    private void close(boolean giveBack) {
        if (open) {
            open = false;
            overlay.getChildren().remove(box);
            if (giveBack) {
                onClose.run();
            }
        }
    }

    /** An icon in the family's colour, the name, and the family on the right. */
    private static final class ChoiceCell extends ListCell<QuickAddChoice> {
        @Override
        protected void updateItem(QuickAddChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = new FontIcon(item.icon());
            TouchpointType type = item.type();
            Rgb colour = type == null ? Palette.INK : Palette.family(type.family());
            PlanColours.icon(icon, colour, 18);
            Label name = new Label(item.name());
            name.getStyleClass().add("quick-add-name");
            Label group = new Label(item.group());
            group.getStyleClass().add("quick-add-group");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(10, icon, name, spacer, group);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
