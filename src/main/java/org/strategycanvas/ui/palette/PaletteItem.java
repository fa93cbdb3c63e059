package org.strategycanvas.ui.palette;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.strategycanvas.render.Palette;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.ui.theme.PlanColours;

/**
 * One touchpoint type in the palette. Dragging it shows a ghost that follows the pointer and drops a
 * card where the button is released; Enter or a double-click adds one in the middle of the canvas.
 */
final class PaletteItem extends Label {

    private static final double DRAG_THRESHOLD = 4;

    private final TouchpointType type;
    private final DropTarget target;
    private final Pane dragLayer;
    private Label ghost;
    private Point2D pressedAt;

    PaletteItem(TouchpointType type, String name, DropTarget target, Pane dragLayer) {
        super(name, icon(type));
        this.type = type;
        this.target = target;
        this.dragLayer = dragLayer;
        getStyleClass().add("palette-item");
        setFocusTraversable(true);
        setMaxWidth(Double.MAX_VALUE);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                target.addAtCentre(type);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                target.addAtCentre(type);
                e.consume();
            }
        });
    }

    TouchpointType type() {
        return type;
    }

    private static FontIcon icon(TouchpointType type) {
        FontIcon icon = new FontIcon(type.icon());
        PlanColours.icon(icon, Palette.family(type.family()), 18);
        return icon;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            requestFocus();
            pressedAt = new Point2D(e.getSceneX(), e.getSceneY());
        }
    }

    private void dragged(MouseEvent e) {
        if (pressedAt == null) {
            return;
        }
        if (ghost == null && pressedAt.distance(e.getSceneX(), e.getSceneY()) > DRAG_THRESHOLD) {
            ghost = new Label(getText(), icon(type));
            ghost.getStyleClass().add("palette-ghost");
            ghost.setMouseTransparent(true);
            dragLayer.getChildren().add(ghost);
        }
        if (ghost != null) {
            Point2D p = dragLayer.sceneToLocal(e.getSceneX(), e.getSceneY());
            ghost.relocate(p.getX() + 8, p.getY() + 8);
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (ghost != null) {
            dragLayer.getChildren().remove(ghost);
            ghost = null;
            target.acceptDrop(type, e.getSceneX(), e.getSceneY());
        }
        pressedAt = null;
    }
}
