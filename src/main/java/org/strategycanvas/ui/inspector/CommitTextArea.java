package org.strategycanvas.ui.inspector;

import java.util.function.Consumer;
import javafx.scene.control.TextArea;

/** A multi-line field that hands its text over when focus leaves it. */
public final class CommitTextArea extends TextArea {

    private String shown = "";

    public CommitTextArea(Consumer<String> onCommit) {
        setWrapText(true);
        setPrefRowCount(4);
        focusedProperty().addListener((obs, was, is) -> {
            if (!is && !getText().equals(shown)) {
                onCommit.accept(getText());
            }
        });
    }

    public void show(String value) {
        if (!isFocused() || getText().equals(shown)) {
            setText(value);
        }
        shown = value;
    }
}
