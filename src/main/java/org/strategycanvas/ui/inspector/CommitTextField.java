package org.strategycanvas.ui.inspector;

import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A text field that hands its text over when the person is done with it: on Enter or when focus leaves.
 * Esc puts back the value last shown. While focused, outside updates do not overwrite what is typed.
 */
public final class CommitTextField extends TextField {

    private String shown = "";

    public CommitTextField(Consumer<String> onCommit) {
        setOnAction(e -> commit(onCommit));
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit(onCommit);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                setText(shown);
                getStyleClass().remove("invalid");
                e.consume();
            }
        });
    }

    private void commit(Consumer<String> onCommit) {
        if (!getText().equals(shown)) {
            onCommit.accept(getText());
        }
    }

    /** Shows a value from the document, unless the person is typing in this field. */
    public void show(String value) {
        if (!isFocused() || getText().equals(shown)) {
            setText(value);
        }
        shown = value;
    }

    public void markInvalid(boolean invalid) {
        if (invalid && !getStyleClass().contains("invalid")) {
            getStyleClass().add("invalid");
        } else if (!invalid) {
            getStyleClass().remove("invalid");
        }
    }
}
