package org.strategycanvas.ui.present;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.editor.Editor;

/** The show with its furniture: the frame's title at the bottom right, the workshop timer at the top right. */
final class ShowPane extends StackPane {

    static final String STYLESHEET = ShowPane.class.getResource("presentation.css").toExternalForm();

    private final ShowCanvas canvas;

    ShowPane(Editor editor, Show show, Messages messages) {
        canvas = new ShowCanvas(editor, show, messages);
        Label title = new Label();
        title.getStyleClass().add("show-title");
        title.textProperty().bind(show.title);
        title.visibleProperty().bind(show.title.isNotEmpty());
        title.setMouseTransparent(true);
        Label timer = new Label();
        timer.setId("show-timer");
        timer.getStyleClass().add("show-timer");
        timer.textProperty().bind(show.timer);
        timer.visibleProperty().bind(show.timer.isNotNull());
        timer.setMouseTransparent(true);
        show.timeUp.addListener((o, was, up) -> {
            if (up) {
                timer.getStyleClass().add("up");
            } else {
                timer.getStyleClass().remove("up");
            }
        });
        StackPane.setAlignment(title, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(timer, Pos.TOP_RIGHT);
        StackPane.setMargin(title, new Insets(16));
        StackPane.setMargin(timer, new Insets(16));
        getChildren().addAll(canvas, title, timer);
        getStyleClass().add("show");
        getStylesheets().add(STYLESHEET);
    }

    ShowCanvas canvas() {
        return canvas;
    }
}
