package org.strategycanvas.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.command.UpdateElements;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Element;
import org.strategycanvas.model.Ids;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.StickyNote;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.Zone;
import org.strategycanvas.render.KeyboardMarks;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.render.Surface;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.keys.KeyHelp;
import org.strategycanvas.ui.keys.KeyNames;

/**
 * Everything the mouse does on the canvas, from the keyboard. Typing a name adds a card (see
 * {@link QuickAddField}); the arrows move the selection by a grid step (Shift: five) or, with nothing
 * selected, move the view; Tab and Shift+Tab go through the cards in reading order (the zones last),
 * Alt+arrow to the nearest card that way; Enter renames; Ctrl+L starts a link ({@link KeyConnect}); "?" shows the
 * shortcuts. The card the keys act on wears a focus ring while the canvas has the focus.
 */
public final class CanvasKeys {

    /** Opens the quick-add field from anywhere (Insert menu). */
    public static final String QUICK_ADD = "Shortcut+K";
    /** Starts a link from the selected card (Edit menu). */
    public static final String CONNECT = "Shortcut+L";

    static final String STYLESHEET = CanvasKeys.class.getResource("/org/strategycanvas/ui/keys.css").toExternalForm();

    /** A move with the arrows, in world units: one grid step; with Shift, five. */
    static final double STEP = GridSnap.STEP;
    static final double BIG_STEP = 5 * GridSnap.STEP;
    /** A pan with the arrows, in screen pixels; with Shift, five times as far. */
    static final double PAN = 40;
    /** Room left around a card brought into view, in screen pixels. */
    private static final double REVEAL_MARGIN = 24;
    /** How far to the right of the selected card a quick-added card lands, in world units. */
    private static final double BESIDE_GAP = 2 * GridSnap.STEP;

    private final CanvasView view;
    private final Editor editor;
    private final Viewport viewport;
    private final Messages messages;
    private final QuickAddField quickAdd;
    private final KeyConnect connect;
    private String cursorId;
    private boolean leaving;
    private Runnable onHelp = () -> { };

    CanvasKeys(CanvasView view, Editor editor, Viewport viewport, Messages messages, Pane overlay) {
        this.view = view;
        this.editor = editor;
        this.viewport = viewport;
        this.messages = messages;
        this.quickAdd = new QuickAddField(messages, overlay, this::add, view::requestFocus);
        this.connect = new KeyConnect(editor, messages, overlay, view::requestRedraw, this::revealIfHidden);
        overlay.widthProperty().addListener((obs, o, w) -> quickAdd.reposition());
        view.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                connect.cancel();
            }
        });
    }

    void onHelp(Runnable action) {
        onHelp = action;
    }

    /** A key pressed on the canvas; true when it was used. */
    boolean pressed(KeyEvent e) {
        if (connect.active()) {
            return connect.pressed(e);
        }
        KeyCode code = e.getCode();
        boolean ctrl = e.isControlDown() || e.isMetaDown() || e.isShortcutDown();
        CardNavigation.Direction direction = direction(code);
        if (code == KeyCode.TAB && leaving) {
            return false;
        } else if (code == KeyCode.TAB && ctrl) {
            leave(e);
        } else if (code == KeyCode.TAB && !e.isAltDown()) {
            return cycle(e.isShiftDown());
        } else if (direction != null && e.isAltDown() && !ctrl && !e.isShiftDown()) {
            jump(direction);
        } else if (direction != null && !ctrl && !e.isAltDown()) {
            if (selectedElements().isEmpty()) {
                double pan = e.isShiftDown() ? 5 * PAN : PAN;
                viewport.panBy(-direction.dx * pan, -direction.dy * pan);
            } else {
                move(direction, e.isShiftDown() ? BIG_STEP : STEP);
            }
        } else if (code == KeyCode.ENTER && !ctrl && !e.isAltDown() && !e.isShiftDown()
                && editor.selection().ids().size() == 1) {
            view.startRename();
        } else {
            return false;
        }
        return true;
    }

    /** A character typed on the canvas: a letter or "/" opens the quick-add field, "?" the shortcuts. */
    boolean typed(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return false;
        }
        String typed = e.getCharacter();
        if ("?".equals(typed)) {
            onHelp.run();
        } else if ("/".equals(typed)) {
            openQuickAdd("");
        } else if (typed.length() == 1 && Character.isLetter(typed.charAt(0))) {
            openQuickAdd(typed);
        } else {
            return false;
        }
        return true;
    }

    void openQuickAdd(String typed) {
        connect.cancel();
        quickAdd.open(typed);
    }

    boolean quickAddOpen() {
        return quickAdd.isOpen();
    }

    /** Starts choosing, with the keys, a card to link the selected one to; false when there is nothing to link. */
    boolean startConnect() {
        return connect.start();
    }

    boolean connecting() {
        return connect.active();
    }

    /** The card the keys act on: the last one reached with the keys if still selected, or the one selected. */
    Optional<Element> cursor() {
        Project project = editor.project();
        if (cursorId != null && editor.selection().contains(cursorId) && project.contains(cursorId)) {
            return project.element(cursorId);
        }
        if (editor.selection().ids().size() == 1) {
            return project.element(editor.selection().ids().iterator().next());
        }
        return Optional.empty();
    }

    /** The focus ring (while the canvas has the focus), or the link being chosen. */
    void paint(Surface surface, RenderView renderView, boolean focused, String renaming) {
        if (connect.active()) {
            connect.paint(surface, renderView);
        } else if (focused) {
            cursor().filter(e -> !e.id().equals(renaming)).ifPresent(e ->
                    KeyboardMarks.focusRing(surface, renderView, renderView.shown(e.id(), e.bounds())));
        }
    }

    static CardNavigation.Direction direction(KeyCode code) {
        switch (code) {
            case LEFT:
                return CardNavigation.Direction.LEFT;
            case RIGHT:
                return CardNavigation.Direction.RIGHT;
            case UP:
                return CardNavigation.Direction.UP;
            case DOWN:
                return CardNavigation.Direction.DOWN;
            default:
                return null;
        }
    }

    /**
     * Ctrl+Tab leaves the canvas as Tab leaves other controls: a plain Tab (Shift+Tab) is sent on for the
     * window's focus traversal, which the canvas lets pass.
     */
    private void leave(KeyEvent e) {
        leaving = true;
        try {
            view.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(), KeyCode.TAB,
                    e.isShiftDown(), false, false, false));
        } finally {
            leaving = false;
        }
    }

    /** Through the cards in reading order, then the zones, which hold cards and would come first otherwise. */
    private boolean cycle(boolean backwards) {
        List<String> order = new ArrayList<>(CardNavigation.readingOrder(placed(false)));
        order.addAll(CardNavigation.readingOrder(placed(true)));
        if (order.isEmpty()) {
            return false;
        }
        String current = cursor().map(Element::id).orElse(null);
        CardNavigation.step(order, current, backwards).ifPresent(this::goTo);
        return true;
    }

    /**
     * To the nearest card (not zone: a zone's middle is far from its cards) that way from the cursor, or from
     * the middle of the view when there is none.
     */
    private void jump(CardNavigation.Direction direction) {
        Optional<Element> from = cursor();
        Point2D centre = view.visibleCenterInWorld();
        double x = from.map(e -> e.bounds().centerX()).orElse(centre.getX());
        double y = from.map(e -> e.bounds().centerY()).orElse(centre.getY());
        CardNavigation.nearest(placed(false), from.map(Element::id).orElse(null), x, y, direction)
                .ifPresent(this::goTo);
    }

    private void goTo(String id) {
        editor.selection().select(id);
        cursorId = id;
        revealIfHidden(id);
        view.requestRedraw();
    }

    /** Moves the selected cards, as one undo step per press. */
    private void move(CardNavigation.Direction direction, double distance) {
        Map<Element, Element> moves = new LinkedHashMap<>();
        for (Element e : selectedElements()) {
            moves.put(e, e.withBounds(e.bounds().translate(direction.dx * distance, direction.dy * distance)));
        }
        editor.execute(UpdateElements.of(moves, "command.move"));
        cursor().ifPresent(e -> revealIfHidden(e.id()));
    }

    /** Adds what was chosen beside the card the keys are on, or in the middle of the view; selects it. */
    private void add(QuickAddChoice choice) {
        Project project = editor.project();
        Ids.Generator ids = Ids.after(project);
        Element fresh;
        switch (choice.kind()) {
            case TOUCHPOINT:
                fresh = Touchpoint.create(ids.next(Ids.TOUCHPOINT), choice.type(), choice.name(), 0, 0);
                break;
            case OBJECTIVE:
                fresh = Objective.create(ids.next(Ids.OBJECTIVE), messages.get("insert.objective.title"), 0, 0);
                break;
            case NOTE:
                fresh = StickyNote.create(ids.next(Ids.NOTE), "", 0, 0);
                break;
            default:
                fresh = Zone.create(ids.next(Ids.ZONE), messages.get("insert.zone.label"), 0, 0);
                break;
        }
        Bounds size = fresh.bounds();
        Point2D at = cursor().map(Element::bounds)
                .map(b -> new Point2D(GridSnap.snap(b.maxX() + BESIDE_GAP), GridSnap.snap(b.y())))
                .orElseGet(() -> {
                    Point2D centre = view.visibleCenterInWorld();
                    return new Point2D(GridSnap.snap(centre.getX() - size.width() / 2),
                            GridSnap.snap(centre.getY() - size.height() / 2));
                });
        Element placed = fresh.withBounds(size.moveTo(at.getX(), at.getY()));
        editor.execute(AddElements.of(placed, "command.add"));
        goTo(placed.id());
    }

    /** Brings a card into the middle of the view unless it is already wholly in view. */
    private void revealIfHidden(String id) {
        editor.project().element(id).ifPresent(e -> {
            double margin = REVEAL_MARGIN / viewport.scale();
            Bounds visible = viewport.visibleWorld(view.getWidth(), view.getHeight());
            Bounds inner = new Bounds(visible.x() + margin, visible.y() + margin,
                    Math.max(0, visible.width() - 2 * margin), Math.max(0, visible.height() - 2 * margin));
            if (!inner.containsAll(e.bounds())) {
                view.reveal(id);
            }
        });
    }

    private List<Element> selectedElements() {
        Project project = editor.project();
        return project.elements().filter(e -> editor.selection().contains(e.id())).toList();
    }

    /** The zones, or every element but the zones. */
    private List<CardNavigation.Placed> placed(boolean zones) {
        return editor.project().elements().filter(e -> (e instanceof Zone) == zones)
                .map(e -> new CardNavigation.Placed(e.id(), e.bounds())).toList();
    }

    /** The canvas's own keys for the shortcut sheet, written from the same constants the handlers use. */
    public static List<KeyHelp> help(Messages messages, KeyNames names) {
        String canvas = messages.get("keys.group.canvas");
        String selection = messages.get("keys.group.selection");
        String links = messages.get("keys.group.connect");
        String quick = messages.get("keys.group.quickAdd");
        return List.of(
                KeyHelp.of(canvas, messages.get("keys.help.quickAdd"), messages.get("keys.key.letters"), "/",
                        names.of(QUICK_ADD)),
                KeyHelp.of(canvas, messages.get("keys.help.pan"), names.arrows(), names.arrows("Shift")),
                KeyHelp.of(canvas, messages.get("keys.help.panDrag"), messages.get("keys.key.spaceDrag")),
                KeyHelp.of(canvas, messages.get("keys.help.zoom"), "+", "-", "0"),
                KeyHelp.of(canvas, messages.get("keys.help.fit"), names.of("Shift+1")),
                KeyHelp.of(canvas, messages.get("keys.help.sheet"), "?", names.of("F1")),
                KeyHelp.of(canvas, messages.get("keys.help.leave"), names.of("Ctrl+Tab"), names.of("Ctrl+Shift+Tab")),
                KeyHelp.of(selection, messages.get("keys.help.cycle"), names.key(KeyCode.TAB), names.of("Shift+Tab")),
                KeyHelp.of(selection, messages.get("keys.help.jump"), names.arrows("Alt")),
                KeyHelp.of(selection, messages.get("keys.help.move"), names.arrows()),
                KeyHelp.of(selection, messages.get("keys.help.moveFar"), names.arrows("Shift")),
                KeyHelp.of(selection, messages.get("keys.help.rename"), names.key(KeyCode.ENTER), names.of("F2")),
                KeyHelp.of(selection, messages.get("keys.help.deselect"), names.key(KeyCode.ESCAPE)),
                KeyHelp.of(links, messages.get("keys.help.connectStart"), names.of(CONNECT)),
                KeyHelp.of(links, messages.get("keys.help.connectPick"), names.key(KeyCode.TAB),
                        names.of("Shift+Tab"), names.arrows()),
                KeyHelp.of(links, messages.get("keys.help.connectDo"), names.key(KeyCode.ENTER)),
                KeyHelp.of(links, messages.get("keys.help.cancel"), names.key(KeyCode.ESCAPE)),
                KeyHelp.of(quick, messages.get("keys.help.quickPick"), names.key(KeyCode.UP), names.key(KeyCode.DOWN)),
                KeyHelp.of(quick, messages.get("keys.help.quickDo"), names.key(KeyCode.ENTER)),
                KeyHelp.of(quick, messages.get("keys.help.cancel"), names.key(KeyCode.ESCAPE)));
    }
}
