package org.strategycanvas.ui.mix;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.MediaSplit;

/**
 * Edits an owned / earned / paid split as a point of a triangle, with the three numbers under it and a row
 * of presets. {@link #valueProperty()} follows every move for display; {@link #setOnCommit} hears once per
 * gesture (a drag on release, a key press, a typed number, a preset), so that one gesture is one undo step.
 * Setting the value from outside never commits.
 *
 * <p>Ids for tests and tools: {@code #ternary} (the triangle), {@code #split-owned}, {@code #split-earned},
 * {@code #split-paid} (the fields), {@code #preset-<id>} (the presets).
 */
public final class TernaryControl extends VBox {

    private final ObjectProperty<MediaSplit> value = new SimpleObjectProperty<>(this, "value", MediaSplit.ALL_OWNED);
    private final TernaryPlot plot;
    private final SplitFields fields;
    private final GridPane presets;
    private Consumer<MediaSplit> onCommit = split -> { };

    public TernaryControl(Messages messages) {
        super(8);
        getStyleClass().add("ternary-control");
        value.addListener((obs, old, split) -> Objects.requireNonNull(split, "a split"));
        plot = new TernaryPlot(messages, value, this::commit);
        SplitFields fields = new SplitFields(messages, value, this::commit);
        GridPane presets = new GridPane();
        presets.setHgap(4);
        presets.setVgap(4);
        presets.getStyleClass().add("ternary-presets");
        for (int column = 0; column < 2; column++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            presets.getColumnConstraints().add(half);
        }
        for (MixPreset preset : MixPreset.values()) {
            Button button = new Button(messages.get("ternary.preset." + preset.id()));
            button.setId("preset-" + preset.id());
            button.getStyleClass().add("small");
            MediaSplit split = preset.split();
            button.setTooltip(new Tooltip(messages.get("ternary.preset.tooltip",
                    split.owned(), split.earned(), split.paid())));
            button.setOnAction(e -> {
                if (!split.equals(value.get())) {
                    value.set(split);
                    commit(split);
                }
            });
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(0);
            button.setTextOverrun(OverrunStyle.ELLIPSIS);
            presets.add(button, preset.ordinal() % 2, preset.ordinal() / 2);
        }
        this.fields = fields;
        this.presets = presets;
        getChildren().addAll(plot, fields, presets);
    }

    /** The numbers and presets beside the triangle rather than under it, for a panel with little height. */
    public TernaryControl sideBySide(double plotSize) {
        plot.setPrefSize(plotSize, plotSize * 0.95);
        plot.setMaxHeight(plotSize * 0.95);
        getChildren().clear();
        VBox column = new VBox(8, fields, presets);
        HBox.setHgrow(column, Priority.ALWAYS);
        getChildren().add(new HBox(10, plot, column));
        return this;
    }

    /**
     * Prefixes the ids of its parts ("target-" gives {@code #target-ternary}, {@code #target-split-owned}…),
     * for a window that shows two of these controls.
     */
    public TernaryControl withIdPrefix(String prefix) {
        prefixIds(this, prefix);
        return this;
    }

    private static void prefixIds(javafx.scene.Parent parent, String prefix) {
        for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
            if (child.getId() != null) {
                child.setId(prefix + child.getId());
            }
            if (child instanceof javafx.scene.Parent p) {
                prefixIds(p, prefix);
            }
        }
    }

    /** The split shown; follows a drag as it happens. */
    public ObjectProperty<MediaSplit> valueProperty() {
        return value;
    }

    public MediaSplit getValue() {
        return value.get();
    }

    public void setValue(MediaSplit split) {
        value.set(split);
    }

    /** Called with the new split at the end of each gesture that changed it. */
    public void setOnCommit(Consumer<MediaSplit> onCommit) {
        this.onCommit = Objects.requireNonNull(onCommit);
    }

    /** Where a split's point is on the screen now, as {x, y}; for tests that drag the point. */
    public double[] screenPointOf(MediaSplit split) {
        double[] p = plot.pointOf(split);
        var screen = plot.localToScreen(p[0], p[1]);
        return new double[] {screen.getX(), screen.getY()};
    }

    private void commit(MediaSplit split) {
        onCommit.accept(split);
    }
}
