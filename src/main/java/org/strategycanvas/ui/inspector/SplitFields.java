package org.strategycanvas.ui.inspector;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Media;
import org.strategycanvas.model.MediaSplit;

/**
 * Owned, earned and paid as three whole-number fields that always total 100: typing one value rescales
 * the other two in the ratio they had ({@link MediaSplit#with}).
 */
final class SplitFields extends HBox {

    private final Map<Media, CommitTextField> fields = new EnumMap<>(Media.class);
    private MediaSplit split = MediaSplit.ALL_OWNED;

    SplitFields(Messages messages, Consumer<MediaSplit> onChange) {
        super(6);
        getStyleClass().add("split-fields");
        for (Media media : Media.values()) {
            CommitTextField field = new CommitTextField(text -> {
                Integer value = parsePercent(text);
                if (value == null) {
                    fields.get(media).markInvalid(true);
                    return;
                }
                fields.get(media).markInvalid(false);
                MediaSplit next = split.with(media, value);
                show(next);
                onChange.accept(next);
            });
            field.setId("split-" + media.id());
            field.setPrefColumnCount(3);
            Label label = new Label(messages.get("media." + media.id()));
            label.setLabelFor(field);
            label.getStyleClass().add("media-" + media.id());
            fields.put(media, field);
            VBox column = new VBox(2, label, field);
            HBox.setHgrow(column, Priority.ALWAYS);
            getChildren().add(column);
        }
    }

    private static Integer parsePercent(String text) {
        String s = text.strip().replace("%", "").strip();
        try {
            int value = Integer.parseInt(s);
            return value >= 0 && value <= 100 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void show(MediaSplit value) {
        split = value;
        for (Media media : Media.values()) {
            fields.get(media).show(Integer.toString(value.get(media)));
        }
    }
}
