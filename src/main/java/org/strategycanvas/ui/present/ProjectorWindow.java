package org.strategycanvas.ui.present;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.editor.Editor;

/**
 * A second window that shows the room the plan live, in the projector's look: the presentation's current
 * frame while presenting, else the whole canvas. On a screen of its own it fills it, without a frame; on the
 * editor's own screen (a rehearsal, or one monitor) it is a smaller window kept above the editor.
 */
final class ProjectorWindow {

    static final double REHEARSAL_WIDTH = 960;
    static final double REHEARSAL_HEIGHT = 540;

    private final Stage stage;
    private final ShowPane pane;

    ProjectorWindow(Editor editor, Show show, Messages messages, Rectangle2D screen, boolean editorsScreen,
                    Keys keys, Runnable onClosed) {
        stage = new Stage(editorsScreen ? StageStyle.DECORATED : StageStyle.UNDECORATED);
        pane = new ShowPane(editor, show, messages);
        pane.setId("projector");
        Scene scene;
        if (editorsScreen) {
            double width = Math.min(REHEARSAL_WIDTH, screen.getWidth() / 2);
            double height = Math.min(REHEARSAL_HEIGHT, screen.getHeight() / 2);
            scene = new Scene(pane, width, height);
            stage.setX(screen.getMaxX() - width - 24);
            stage.setY(screen.getMaxY() - height - 64);
            // The editor keeps the keyboard and sits on the same screen: the preview stays above it.
            stage.setAlwaysOnTop(true);
        } else {
            scene = new Scene(pane, screen.getWidth(), screen.getHeight());
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!keys.pressed(e) && e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, keys::typed);
        stage.setScene(scene);
        stage.setTitle(messages.get("presentation.projector.title"));
        stage.setOnHidden(e -> {
            pane.canvas().dispose();
            onClosed.run();
        });
        stage.show();
        if (!editorsScreen) {
            stage.setFullScreen(true);
        }
    }

    /** Where a projector window sends the keys it gets: to the presentation, when one is under way. */
    interface Keys {
        /** Handles a key press if a presentation is under way; true if it did. */
        boolean pressed(KeyEvent e);

        void typed(KeyEvent e);
    }

    void close() {
        stage.close();
    }

    Stage stage() {
        return stage;
    }

    ShowCanvas canvas() {
        return pane.canvas();
    }
}
