package org.strategycanvas.ui.keys;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;

/** Finds, and focuses, the first control a person can type in or act on inside a pane. */
public final class FirstField {

    private FirstField() {
    }

    /**
     * Focuses the first visible, enabled, focus-traversable control inside the pane (not the pane itself, which
     * may be a scroll pane); false when there is none.
     */
    public static boolean focus(Parent pane) {
        for (Node child : pane.getChildrenUnmodifiable()) {
            Optional<Node> first = find(child);
            if (first.isPresent()) {
                first.get().requestFocus();
                return true;
            }
        }
        return false;
    }

    static Optional<Node> find(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node instanceof Control && node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                Optional<Node> found = find(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
