package org.strategycanvas.ui.canvas;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.KeyboardMarks;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.render.Surface;
import org.strategycanvas.ui.editor.Editor;

/**
 * Drawing a link with the keys: from the one selected card, Tab (Shift+Tab) or the arrows pick the
 * card it goes to, which is ringed, with the line it would draw; Enter links them as one undo step, with
 * the kind the mouse would give; Escape, or selecting something else, gives up. A line over the canvas says
 * what will be linked and how.
 */
final class KeyConnect {

    static final String HINT_STYLE = "plan-canvas-connect-hint";
    /** Longer captions (a sticky note's text) are cut in the hint. */
    static final int CAPTION_LENGTH = 40;

    private final Editor editor;
    private final Messages messages;
    private final Pane overlay;
    private final Runnable changed;
    private final Consumer<String> reveal;
    private final Label hint = new Label();
    private String sourceId;
    private String targetId;

    /** {@code reveal} brings a card into view when it is not. */
    KeyConnect(Editor editor, Messages messages, Pane overlay, Runnable changed, Consumer<String> reveal) {
        this.editor = editor;
        this.messages = messages;
        this.overlay = overlay;
        this.changed = changed;
        this.reveal = reveal;
        hint.getStyleClass().add(HINT_STYLE);
        hint.setId("canvas-connect-hint");
        hint.setMouseTransparent(true);
        hint.setWrapText(true);
        overlay.widthProperty().addListener((obs, o, w) -> placeHint());
    }

    boolean active() {
        return sourceId != null;
    }

    String sourceId() {
        return sourceId;
    }

    String targetId() {
        return targetId;
    }

    /** Starts from the selected card, toward the nearest card on its right (or the first in reading order). */
    boolean start() {
        Project project = editor.project();
        if (editor.selection().ids().size() != 1) {
            return false;
        }
        Optional<Element> source = project.element(editor.selection().ids().iterator().next())
                .filter(ConnectGesture::canLink);
        if (source.isEmpty()) {
            return false;
        }
        List<CardNavigation.Placed> targets = targets(project, source.get().id());
        if (targets.isEmpty()) {
            return false;
        }
        sourceId = source.get().id();
        Bounds from = source.get().bounds();
        targetId = CardNavigation.nearest(targets, sourceId, from.centerX(), from.centerY(),
                        CardNavigation.Direction.RIGHT)
                .orElse(CardNavigation.readingOrder(targets).get(0));
        if (!overlay.getChildren().contains(hint)) {
            overlay.getChildren().add(hint);
        }
        update();
        return true;
    }

    /** The keys while a link is being chosen; true when the key was used. */
    boolean pressed(KeyEvent e) {
        if (!stillValid()) {
            cancel();
            return false;
        }
        KeyCode code = e.getCode();
        boolean modified = e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown();
        if (code == KeyCode.ESCAPE) {
            cancel();
        } else if (code == KeyCode.ENTER && !modified) {
            String from = sourceId;
            String to = targetId;
            cancel();
            ConnectGesture.link(editor, from, to);
        } else if (code == KeyCode.TAB && !e.isControlDown()) {
            List<String> order = CardNavigation.readingOrder(targets(editor.project(), sourceId));
            CardNavigation.step(order, targetId, e.isShiftDown()).ifPresent(this::target);
        } else if (CanvasKeys.direction(code) != null && !modified) {
            Bounds from = editor.project().element(targetId).orElseThrow().bounds();
            CardNavigation.nearest(targets(editor.project(), sourceId), targetId, from.centerX(), from.centerY(),
                    CanvasKeys.direction(code)).ifPresent(this::target);
        } else {
            return false;
        }
        return true;
    }

    void cancel() {
        if (sourceId != null) {
            sourceId = null;
            targetId = null;
            overlay.getChildren().remove(hint);
            changed.run();
        }
    }

    /** The line to the target and its ring; gives up first when the cards are gone or the selection moved on. */
    void paint(Surface surface, RenderView view) {
        if (!active()) {
            return;
        }
        if (!stillValid()) {
            cancel();
            return;
        }
        Project project = editor.project();
        Element source = project.element(sourceId).orElseThrow();
        Element target = project.element(targetId).orElseThrow();
        KeyboardMarks.pendingLink(surface, view, view.shown(sourceId, source.bounds()),
                view.shown(targetId, target.bounds()), ConnectGesture.kindFor(source, target));
    }

    private boolean stillValid() {
        Project project = editor.project();
        return sourceId != null && project.contains(sourceId) && project.contains(targetId)
                && editor.selection().ids().size() == 1 && editor.selection().contains(sourceId);
    }

    private void target(String id) {
        targetId = id;
        reveal.accept(id);
        update();
    }

    private void update() {
        Project project = editor.project();
        Element source = project.element(sourceId).orElseThrow();
        Element target = project.element(targetId).orElseThrow();
        String from = shortCaption(source);
        String to = shortCaption(target);
        String first = ConnectGesture.linked(project, sourceId, targetId)
                ? messages.get("keys.connect.already", from, to)
                : messages.get("keys.connect.what", from, to,
                        messages.get("keys.connect.kind." + kind(source, target).id()));
        hint.setText(first + "\n" + messages.get("keys.connect.keys"));
        placeHint();
        changed.run();
    }

    /** A caption's first line, cut at {@link #CAPTION_LENGTH} characters. */
    static String shortCaption(Element element) {
        String line = element.caption().strip().lines().findFirst().orElse("");
        return line.length() <= CAPTION_LENGTH ? line : line.substring(0, CAPTION_LENGTH - 1).strip() + "\u2026";
    }

    private static LinkKind kind(Element source, Element target) {
        return ConnectGesture.kindFor(source, target);
    }

    private void placeHint() {
        double width = Math.min(560, Math.max(200, overlay.getWidth() - 24));
        hint.setPrefWidth(width);
        hint.setMaxWidth(width);
        hint.resize(width, hint.prefHeight(width));
        hint.relocate(Math.max(12, (overlay.getWidth() - width) / 2), 12);
    }

    /** Every card but the source and the zones. */
    private static List<CardNavigation.Placed> targets(Project project, String sourceId) {
        return project.elements().filter(e -> ConnectGesture.canLink(e) && !e.id().equals(sourceId))
                .map(e -> new CardNavigation.Placed(e.id(), e.bounds())).toList();
    }
}
