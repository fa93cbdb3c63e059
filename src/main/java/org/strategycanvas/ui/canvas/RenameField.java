package org.strategycanvas.ui.canvas;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import org.strategycanvas.command.UpdateElements;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Zone;
import org.strategycanvas.ui.editor.Editor;

/**
 * Renames an element in place: a text field over the card. Enter or leaving the field commits one
 * "rename" command; Escape cancels.
 */
final class RenameField {

    static final String STYLE_CLASS = "plan-canvas-rename";

    private final Editor editor;
    private final Viewport viewport;
    private final Pane overlay;
    private final Runnable changed;
    private final TextField field = new TextField();
    private String editingId;

    RenameField(Editor editor, Viewport viewport, Pane overlay, Messages messages, Runnable changed) {
        this.editor = editor;
        this.viewport = viewport;
        this.overlay = overlay;
        this.changed = changed;
        field.getStyleClass().add(STYLE_CLASS);
        field.setAccessibleText(messages.get("canvas.rename"));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
    }

    /** The id of the element being renamed, or null. */
    String editingId() {
        return editingId;
    }

    TextField field() {
        return field;
    }

    void start(Element element) {
        if (editingId != null) {
            commit();
        }
        editingId = element.id();
        field.setText(element.caption());
        overlay.getChildren().add(field);
        reposition();
        field.requestFocus();
        field.selectAll();
        changed.run();
    }

    /** Keeps the field over its element after a zoom, a pan or a change of the element. */
    void reposition() {
        if (editingId == null) {
            return;
        }
        Element element = editor.project().element(editingId).orElse(null);
        if (element == null) {
            cancel();
            return;
        }
        Bounds b = element.bounds();
        double scale = viewport.scale();
        // Readable however far out the canvas is zoomed.
        double fontSize = Math.max(13, Math.min(40, (element instanceof Zone ? 14 : 13) * scale));
        field.setFont(Font.font(fontSize));
        double inset = element instanceof StickyNote ? 4 * scale : 0;
        field.setPrefWidth(Math.max(220, b.width() * scale - 2 * inset));
        field.relocate(viewport.toScreenX(b.x()) + inset, viewport.toScreenY(b.y()) + inset);
    }

    void commit() {
        String id = editingId;
        if (id == null) {
            return;
        }
        close();
        Element current = editor.project().element(id).orElse(null);
        String text = field.getText();
        boolean acceptable = current instanceof StickyNote || !text.isBlank();
        if (current != null && acceptable && !text.equals(current.caption())) {
            editor.execute(UpdateElements.of(current, current.withCaption(text), "command.rename"));
        }
    }

    void cancel() {
        if (editingId != null) {
            close();
        }
    }

    private void close() {
        editingId = null;
        boolean hadFocus = field.isFocused();
        overlay.getChildren().remove(field);
        if (hadFocus && overlay.getParent() != null) {
            overlay.getParent().requestFocus();
        }
        changed.run();
    }
}
