package org.strategycanvas.ui.present;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.render.RenderStyle;
import org.strategycanvas.ui.editor.Editor;

/**
 * The show with its furniture, in the band along the bottom where they hide no card: the frame's title and the
 * workshop timer at the right (the legend is drawn at the left).
 */
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
        timer.managedProperty().bind(timer.visibleProperty());
        title.managedProperty().bind(title.visibleProperty());
        HBox corner = new HBox(ShowCanvas.MARGIN, title, timer);
        corner.setAlignment(Pos.BOTTOM_RIGHT);
        corner.setPickOnBounds(false);
        corner.setMouseTransparent(true);
        corner.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(corner, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(corner, new Insets(ShowCanvas.MARGIN));
        getChildren().addAll(canvas, corner);
        // Their type, like the cards', is in proportion to the height: 24 px on 1080 lines.
        heightProperty().addListener((o, was, now) -> {
            String size = String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                    RenderStyle.projector(now.doubleValue()).minText());
            title.setStyle(size);
            timer.setStyle(size);
        });
        getStyleClass().add("show");
        getStylesheets().add(STYLESHEET);
    }

    ShowCanvas canvas() {
        return canvas;
    }
}
