package org.strategycanvas.ui.present;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;

/**
 * The quick sticky note of a presentation: a large field in the middle of the screen; Enter adds the note
 * with what was typed (even nothing), Esc gives it up.
 */
final class NoteField extends VBox {

    private final TextField field = new TextField();
    private Runnable onClose = () -> { };

    NoteField(Messages messages, Consumer<String> add) {
        Label prompt = new Label(messages.get("presentation.note.prompt"));
        prompt.setWrapText(true);
        field.getStyleClass().add("note-field");
        field.setId("presentation-note");
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                String text = field.getText().strip();
                close();
                add.accept(text);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        getChildren().addAll(prompt, field);
        getStyleClass().add("note-field-box");
        setVisible(false);
        setMaxHeight(USE_PREF_SIZE);
    }

    void open(Runnable whenClosed) {
        onClose = whenClosed;
        field.clear();
        setVisible(true);
        field.requestFocus();
    }

    boolean isOpen() {
        return isVisible();
    }

    private void close() {
        setVisible(false);
        onClose.run();
    }
}
