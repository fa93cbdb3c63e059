package org.strategycanvas.ui.mix;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.render.MediaBars;
import org.strategycanvas.model.Media;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.ui.theme.PlanColours;

/**
 * Owned, earned and paid as three whole-number fields that follow the value. A field hands its number over
 * on Enter or when focus leaves (Esc puts back the shown value); the other two are rescaled in the ratio
 * they had ({@link MediaSplit#with}) and the result is committed.
 */
final class SplitFields extends HBox {

    private final Map<Media, TextField> fields = new EnumMap<>(Media.class);
    private final Map<Media, String> shown = new EnumMap<>(Media.class);
    private final ObjectProperty<MediaSplit> value;

    SplitFields(Messages messages, ObjectProperty<MediaSplit> value, Consumer<MediaSplit> onCommit) {
        super(6);
        this.value = value;
        getStyleClass().add("split-fields");
        for (Media media : Media.values()) {
            TextField field = new TextField();
            field.setId("split-" + media.id());
            field.setPrefColumnCount(3);
            field.setOnAction(e -> commit(media, onCommit));
            field.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    commit(media, onCommit);
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    field.setText(shown.get(media));
                    markInvalid(field, false);
                    e.consume();
                }
            });
            Label label = new Label(messages.get("media." + media.id()), swatch(media));
            label.setLabelFor(field);
            label.getStyleClass().add("media-" + media.id());
            fields.put(media, field);
            VBox column = new VBox(2, label, field);
            HBox.setHgrow(column, Priority.ALWAYS);
            getChildren().add(column);
        }
        value.addListener((obs, old, split) -> showAll());
        showAll();
    }

    private void showAll() {
        for (Media media : Media.values()) {
            show(media);
        }
    }

    private static Circle swatch(Media media) {
        Circle dot = new Circle(4);
        PlanColours.fill(dot, MediaBars.colour(media));
        dot.getStyleClass().add("ternary-swatch");
        return dot;
    }

    private void commit(Media media, Consumer<MediaSplit> onCommit) {
        TextField field = fields.get(media);
        if (field.getText().equals(shown.get(media))) {
            return;
        }
        Integer typed = parsePercent(field.getText());
        markInvalid(field, typed == null);
        if (typed == null) {
            return;
        }
        MediaSplit next = value.get().with(media, typed);
        field.setText(Integer.toString(typed));
        shown.put(media, field.getText());
        if (!next.equals(value.get())) {
            value.set(next);
            onCommit.accept(next);
        }
    }

    static Integer parsePercent(String text) {
        String s = text.strip().replace("%", "").strip();
        try {
            int percent = Integer.parseInt(s);
            return percent >= 0 && percent <= 100 ? percent : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Shows the value's share, unless the person is typing something else in that field. */
    private void show(Media media) {
        TextField field = fields.get(media);
        String text = Integer.toString(value.get().get(media));
        if (!field.isFocused() || field.getText().equals(shown.get(media))) {
            field.setText(text);
            markInvalid(field, false);
        }
        shown.put(media, text);
    }

    private static void markInvalid(TextField field, boolean invalid) {
        if (invalid && !field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        } else if (!invalid) {
            field.getStyleClass().remove("invalid");
        }
    }
}
