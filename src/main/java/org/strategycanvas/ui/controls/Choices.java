package org.strategycanvas.ui.controls;

import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import org.strategycanvas.i18n.Messages;

/** One option of a choice in a dialog: a radio button with its translated, wrapping text and an id for tests. */
public final class Choices {

    private Choices() {
    }

    public static RadioButton option(Messages messages, ToggleGroup group, String key, String id) {
        RadioButton button = new RadioButton(messages.get(key));
        button.setToggleGroup(group);
        button.setId(id);
        button.setWrapText(true);
        return button;
    }
}
