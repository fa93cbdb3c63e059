package org.strategycanvas.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;

/**
 * Walks a scene graph for the buttons a person sees (Button, ToggleButton, MenuButton…) that have no words
 * on them, only an icon or a sign such as "‹": each needs a tooltip to say what it does.
 */
final class UnlabelledButtons {

    private UnlabelledButtons() {
    }

    /** The shown buttons under this node, with no text label; {@code withoutTooltip} keeps only those lacking one. */
    static List<ButtonBase> under(Node root, boolean withoutTooltip) {
        List<ButtonBase> found = new ArrayList<>();
        walk(root, found, withoutTooltip);
        return found;
    }

    private static void walk(Node node, List<ButtonBase> found, boolean withoutTooltip) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase button && !hasWords(button)
                && (!withoutTooltip || button.getTooltip() == null)) {
            found.add(button);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found, withoutTooltip);
            }
        }
    }

    /** A label with at least two letters says something; an icon, "‹" or "+" does not. */
    static boolean hasWords(Labeled labeled) {
        String text = labeled.getText();
        return text != null && text.codePoints().filter(Character::isLetter).count() >= 2;
    }

    /** How a button shows in a failure message. */
    static String describe(ButtonBase button) {
        return button.getClass().getSimpleName() + "#" + button.getId() + " '" + button.getText() + "' in "
                + (button.getParent() == null ? "?" : button.getParent().getClass().getSimpleName());
    }
}
