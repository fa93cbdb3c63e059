package org.strategycanvas.ui.shell;

import java.util.Optional;
import javafx.scene.Node;
import org.testfx.api.FxRobot;

/** Whether a node is on screen now: found, and still in a scene (a page that was left keeps its nodes). */
final class Shown {

    private Shown() {
    }

    static boolean on(FxRobot robot, String query) {
        Optional<Node> node = robot.lookup(query).tryQuery();
        return node.isPresent() && node.get().getScene() != null;
    }
}
