package org.strategycanvas.ui.start;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.Rgb;

/** The kinds of touchpoint the plan will use, ticked in their families, as the palette groups them. */
final class TouchpointsStep implements WizardStep {

    private final List<CheckBox> boxes = new ArrayList<>();
    private final List<TouchpointType> types = new ArrayList<>();
    private final HBox view = new HBox(28);

    TouchpointsStep(Messages messages) {
        view.getStyleClass().add("wizard-families");
        // Four columns of about the same height, so that all fits without scrolling on a small screen.
        List<List<Family>> columns = List.of(List.of(Family.WEB, Family.MOBILE, Family.EMAIL),
                List.of(Family.SOCIAL), List.of(Family.ADVERTISING), List.of(Family.OFFLINE));
        for (List<Family> families : columns) {
            VBox column = new VBox(4);
            for (Family family : families) {
                Label heading = new Label(messages.get("family." + family.id()));
                heading.getStyleClass().add("wizard-family");
                column.getChildren().add(heading);
                for (TouchpointType type : TouchpointType.ofFamily(family)) {
                    CheckBox box = new CheckBox(messages.get("type." + type.id()));
                    box.setId("wizard-type-" + type.id());
                    box.setGraphic(icon(type));
                    boxes.add(box);
                    types.add(type);
                    column.getChildren().add(box);
                }
            }
            view.getChildren().add(column);
        }
    }

    private static FontIcon icon(TouchpointType type) {
        FontIcon icon = new FontIcon(type.icon());
        Rgb colour = Palette.family(type.family());
        icon.setStyle(icon.getStyle() + String.format("-fx-icon-color: #%02x%02x%02x; -fx-icon-size: 16px;",
                colour.red(), colour.green(), colour.blue()));
        return icon;
    }

    /** The kinds ticked, in the palette's order. */
    List<TouchpointType> ticked() {
        List<TouchpointType> result = new ArrayList<>();
        for (TouchpointType type : TouchpointType.values()) {
            int i = types.indexOf(type);
            if (boxes.get(i).isSelected()) {
                result.add(type);
            }
        }
        return result;
    }

    @Override
    public String key() {
        return "touchpoints";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node firstField() {
        return boxes.get(0);
    }

    @Override
    public void clear() {
        boxes.forEach(b -> b.setSelected(false));
    }

    @Override
    public ObservableBooleanValue valid() {
        return new SimpleBooleanProperty(true);
    }
}
