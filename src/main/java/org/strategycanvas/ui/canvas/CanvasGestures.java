package org.strategycanvas.ui.canvas;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.strategycanvas.command.UpdateElements;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.PlanGeometry;
import org.strategycanvas.ui.editor.Editor;

/**
 * The mouse on the canvas: select, move, rubber-band select, pan and zoom. While a move is under way only
 * the view moves; the document gets one command when the button is released, so one drag is one undo step.
 */
final class CanvasGestures {

    /** Below this distance in screen pixels a press and release is a click, not a drag. */
    private static final double DRAG_THRESHOLD = 3;
    /** Zoom factor for one notch of a mouse wheel (40 pixels of scroll). */
    private static final double WHEEL_STEP = 1.1;

    private enum Mode { NONE, MOVE, RUBBER, PAN, CONNECT }

    /** How close to a link's line, in screen pixels, a click selects it. */
    private static final double LINK_TOLERANCE = 5;

    private final CanvasView view;
    private final Editor editor;
    private final Viewport viewport;
    private final ConnectGesture connect;

    private Mode mode = Mode.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean moved;
    private String pressedId;
    private Set<String> moving = Set.of();
    private Set<String> bandBase = Set.of();
    private double dragDx;
    private double dragDy;
    private Bounds band;
    private String hovered;
    private boolean spaceDown;

    CanvasGestures(CanvasView view, Editor editor, Viewport viewport) {
        this.view = view;
        this.editor = editor;
        this.viewport = viewport;
        this.connect = new ConnectGesture(editor, viewport);
    }

    ConnectGesture connect() {
        return connect;
    }

    Set<String> draggedIds() {
        return moved ? moving : Set.of();
    }

    double dragDx() {
        return dragDx;
    }

    double dragDy() {
        return dragDy;
    }

    /** The rubber band in screen pixels, or null. */
    Bounds band() {
        return band;
    }

    String hovered() {
        return hovered;
    }

    void setSpaceDown(boolean down) {
        spaceDown = down;
    }

    void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        moved = false;
        boolean primary = e.getButton() == MouseButton.PRIMARY;
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY || (primary && spaceDown)) {
            mode = Mode.PAN;
            view.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (!primary) {
            return;
        }
        if (connect.begin(pressX, pressY)) {
            mode = Mode.CONNECT;
            return;
        }
        Element hit = elementAt(pressX, pressY);
        boolean toggle = e.isShiftDown() || e.isShortcutDown() || e.isControlDown() || e.isMetaDown();
        if (hit == null && selectLinkAt(pressX, pressY, toggle)) {
            return;
        }
        if (hit == null) {
            mode = Mode.RUBBER;
            bandBase = toggle ? editor.selection().snapshot() : Set.of();
            if (!toggle) {
                editor.selection().clear();
            }
            return;
        }
        pressedId = hit.id();
        if (toggle) {
            editor.selection().toggle(hit.id());
        } else if (!editor.selection().contains(hit.id())) {
            editor.selection().select(hit.id());
        }
        mode = editor.selection().contains(hit.id()) ? Mode.MOVE : Mode.NONE;
        moving = editor.selection().snapshot();
    }

    void dragged(MouseEvent e) {
        double x = e.getX();
        double y = e.getY();
        if (!moved && Math.hypot(x - pressX, y - pressY) < DRAG_THRESHOLD && mode != Mode.PAN) {
            return;
        }
        moved = true;
        if (mode == Mode.PAN) {
            viewport.panBy(x - lastX, y - lastY);
        } else if (mode == Mode.MOVE) {
            dragDx = (x - pressX) / viewport.scale();
            dragDy = (y - pressY) / viewport.scale();
            view.requestRedraw();
        } else if (mode == Mode.CONNECT) {
            connect.drag(x, y);
            view.requestRedraw();
        } else if (mode == Mode.RUBBER) {
            band = Bounds.spanning(pressX, pressY, x, y);
            Bounds world = Bounds.spanning(viewport.toWorldX(pressX), viewport.toWorldY(pressY),
                    viewport.toWorldX(x), viewport.toWorldY(y));
            Set<String> ids = new HashSet<>(bandBase);
            ids.addAll(PlanGeometry.touchedBy(editor.project(), world));
            editor.selection().set(ids);
            view.requestRedraw();
        }
        lastX = x;
        lastY = y;
    }

    void released(MouseEvent e) {
        if (mode == Mode.CONNECT) {
            if (moved) {
                connect.finish(e.getX(), e.getY());
            } else {
                connect.cancel();
            }
        } else if (mode == Mode.MOVE && moved) {
            commitMove(!e.isAltDown());
        } else if (mode == Mode.MOVE && !e.isShiftDown() && !e.isShortcutDown() && pressedId != null) {
            // A plain click on one card of a group selects that card alone.
            editor.selection().select(pressedId);
        }
        mode = Mode.NONE;
        moved = false;
        moving = Set.of();
        pressedId = null;
        band = null;
        dragDx = 0;
        dragDy = 0;
        view.setCursor(Cursor.DEFAULT);
        view.requestRedraw();
    }

    private void commitMove(boolean snap) {
        Project project = editor.project();
        Map<Element, Element> changes = new LinkedHashMap<>();
        for (String id : moving) {
            project.element(id).ifPresent(old -> {
                Bounds b = old.bounds();
                double x = b.x() + dragDx;
                double y = b.y() + dragDy;
                if (snap) {
                    x = GridSnap.snap(x);
                    y = GridSnap.snap(y);
                }
                changes.put(old, old.withBounds(b.moveTo(x, y)));
            });
        }
        UpdateElements move = UpdateElements.of(changes, "command.move");
        if (!changes.isEmpty() && !move.changesNothing()) {
            editor.execute(move);
        }
    }

    void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
            Element hit = elementAt(e.getX(), e.getY());
            if (hit != null) {
                editor.selection().select(hit.id());
                view.startRename(hit.id());
            }
        }
    }

    void movedOver(MouseEvent e) {
        Element hit = elementAt(e.getX(), e.getY());
        String id = hit == null ? null : hit.id();
        if (!Objects.equals(id, hovered)) {
            hovered = id;
            view.setCursor(hit == null ? Cursor.DEFAULT : Cursor.HAND);
            view.requestRedraw();
        }
    }

    void exited() {
        if (hovered != null && mode == Mode.NONE) {
            hovered = null;
            view.requestRedraw();
        }
    }

    /** The wheel zooms about the pointer; with Shift (a trackpad's sideways scroll) it pans. */
    void scrolled(ScrollEvent e) {
        if (e.isShiftDown()) {
            viewport.panBy(e.getDeltaX(), e.getDeltaY());
        } else if (e.getDeltaY() != 0) {
            viewport.zoomAbout(Math.pow(WHEEL_STEP, e.getDeltaY() / 40), e.getX(), e.getY());
        }
        e.consume();
    }

    void pinched(ZoomEvent e) {
        viewport.zoomAbout(e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    /** A click near a link's line selects the link (Shift or Ctrl adds it to the selection). */
    private boolean selectLinkAt(double screenX, double screenY, boolean toggle) {
        return PlanGeometry.linkAt(editor.project(), viewport.toWorldX(screenX), viewport.toWorldY(screenY),
                LINK_TOLERANCE / viewport.scale()).map(link -> {
                    if (toggle) {
                        editor.selection().toggle(link.id());
                    } else {
                        editor.selection().select(link.id());
                    }
                    return true;
                }).orElse(false);
    }

    private Element elementAt(double screenX, double screenY) {
        return PlanGeometry.topAt(editor.project(), viewport.toWorldX(screenX), viewport.toWorldY(screenY))
                .orElse(null);
    }
}
