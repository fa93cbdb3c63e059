package org.strategycanvas.ui.start;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Gives the keyboard to a field as soon as it is in the window. */
public final class Focus {

    private Focus() {
    }

    /**
     * Now if the node is in a scene; otherwise as soon as it gets one. A page inside a scroll pane (or a pane
     * never shown yet) joins the scene only when its parent's skin is made, on the pulse after it is shown.
     */
    public static void when(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }
}
