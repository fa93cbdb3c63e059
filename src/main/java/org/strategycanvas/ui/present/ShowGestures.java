package org.strategycanvas.ui.present;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.strategycanvas.command.UpdateElements;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.PlanGeometry;
import org.strategycanvas.ui.canvas.GridSnap;
import org.strategycanvas.ui.editor.Editor;

/**
 * The mouse while presenting: press a card to select it, drag it to move it (only the view moves during the
 * drag; the plan gets one command on release, snapped to the grid unless Alt is held); press on empty canvas
 * to select nothing. With the laser on, the mouse only points.
 */
final class ShowGestures {

    private static final double DRAG_THRESHOLD = 3;

    private final ShowCanvas canvas;
    private final Editor editor;
    private final Show show;
    private boolean laserOn;
    private Set<String> moving = Set.of();
    private Point2D pressed;
    private boolean moved;

    ShowGestures(ShowCanvas canvas, Editor editor, Show show) {
        this.canvas = canvas;
        this.editor = editor;
        this.show = show;
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::movedOver);
        canvas.setOnMouseExited(e -> show.laser.set(null));
    }

    boolean isLaserOn() {
        return laserOn;
    }

    void setLaserOn(boolean on) {
        laserOn = on;
        canvas.setCursor(on ? Cursor.NONE : Cursor.DEFAULT);
        if (!on) {
            show.laser.set(null);
        }
    }

    private void movedOver(MouseEvent e) {
        if (laserOn) {
            show.laser.set(canvas.toWorld(e.getX(), e.getY()));
        }
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        moving = Set.of();
        moved = false;
        if (laserOn || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressed = canvas.toWorld(e.getX(), e.getY());
        Element hit = PlanGeometry.topAt(editor.project(), pressed.getX(), pressed.getY()).orElse(null);
        if (hit == null) {
            editor.selection().clear();
            return;
        }
        if (!editor.selection().contains(hit.id())) {
            editor.selection().select(hit.id());
        }
        moving = editor.selection().snapshot();
    }

    private void dragged(MouseEvent e) {
        if (laserOn) {
            movedOver(e);
            return;
        }
        if (moving.isEmpty()) {
            return;
        }
        Point2D at = canvas.toWorld(e.getX(), e.getY());
        double dx = at.getX() - pressed.getX();
        double dy = at.getY() - pressed.getY();
        if (!moved && Math.hypot(dx, dy) * canvas.view().scale() < DRAG_THRESHOLD) {
            return;
        }
        moved = true;
        show.drag.set(new Show.Drag(moving, dx, dy));
    }

    private void released(MouseEvent e) {
        Show.Drag drag = show.drag.get();
        show.drag.set(Show.Drag.NONE);
        if (moved && !moving.isEmpty()) {
            commitMove(drag, !e.isAltDown());
        }
        moving = Set.of();
        moved = false;
    }

    private void commitMove(Show.Drag drag, boolean snap) {
        Project project = editor.project();
        Map<Element, Element> changes = new LinkedHashMap<>();
        for (String id : drag.ids()) {
            project.element(id).ifPresent(old -> {
                Bounds b = old.bounds();
                double x = b.x() + drag.dx();
                double y = b.y() + drag.dy();
                changes.put(old, old.withBounds(b.moveTo(snap ? GridSnap.snap(x) : x, snap ? GridSnap.snap(y) : y)));
            });
        }
        UpdateElements move = UpdateElements.of(changes, "command.move");
        if (!changes.isEmpty() && !move.changesNothing()) {
            editor.execute(move);
        }
    }
}
