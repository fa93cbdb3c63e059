package org.strategycanvas.ui.canvas;

import java.time.LocalDate;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import org.strategycanvas.command.AddElements;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Ids;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.render.PlanGeometry;
import org.strategycanvas.render.ColourLook;
import org.strategycanvas.render.MixLegend;
import org.strategycanvas.render.PlanRenderer;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.theme.Themes;

/**
 * The zoomable board of one open document. A canvas the size of the view (never the size of the world)
 * is redrawn at most once per pulse when the project, the selection, the viewport or the size change;
 * an overlay holds the in-place rename field.
 */
public final class CanvasView extends Region {

    public static final String STYLE_CLASS = "plan-canvas";
    private static final double ZOOM_STEP = 1.25;
    private static final double FIT_MARGIN = 40;
    private static final Color FOCUS_RING = Color.rgb(0, 114, 178);
    private static final Color BAND_FILL = Color.rgb(0, 114, 178, 0.12);

    private final Editor editor;
    private final Canvas canvas = new Canvas();
    private final Pane overlay = new Pane();
    private final Viewport viewport = new Viewport();
    private final PlanRenderer renderer;
    private final FxSurface surface;
    private final MixLegend legend;
    private final CanvasGestures gestures;
    private final RenameField rename;
    private final CanvasKeys keys;
    private final DragLayer dragLayer = new DragLayer();
    private final Minimap minimap;
    private final Messages messages;
    private boolean gridVisible = true;
    private boolean fitPending;
    private long frames;

    private final AnimationTimer painter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            paint();
        }
    };

    public CanvasView(Editor editor, Messages messages) {
        this.editor = editor;
        this.messages = messages;
        this.renderer = new PlanRenderer(messages);
        this.legend = new MixLegend(messages);
        this.surface = new FxSurface(canvas.getGraphicsContext2D());
        this.gestures = new CanvasGestures(this, editor, viewport);
        this.rename = new RenameField(editor, viewport, overlay, messages, this::requestRedraw);
        this.keys = new CanvasKeys(this, editor, viewport, messages, overlay);
        this.minimap = new Minimap(editor, viewport, this, messages.get("scale.minimap.accessibleText"));
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleText(messages.get("canvas.accessibleText"));
        overlay.setPickOnBounds(false);
        overlay.setManaged(false);
        getChildren().addAll(canvas, dragLayer.node(), minimap, overlay);
        setMinSize(0, 0);
        setPrefSize(800, 600);

        canvas.setOnMousePressed(gestures::pressed);
        canvas.setOnMouseDragged(gestures::dragged);
        canvas.setOnMouseReleased(gestures::released);
        canvas.setOnMouseClicked(gestures::clicked);
        canvas.setOnMouseMoved(gestures::movedOver);
        canvas.setOnMouseExited(e -> gestures.exited());
        canvas.setOnScroll(gestures::scrolled);
        canvas.setOnZoom(gestures::pinched);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, this::keyReleased);
        addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);

        InvalidationListener redraw = o -> requestRedraw();
        editor.projectProperty().addListener(redraw);
        editor.selection().ids().addListener(redraw);
        focusedProperty().addListener(redraw);
        viewport.addListener(this::requestRedraw);
        Themes.follow(this, look -> {
            surface.setLook(look);
            dragLayer.setLook(look);
            minimap.setLook(look);
            requestRedraw();
        });
    }

    /** Asks for a redraw on the next pulse; several requests within one pulse give one frame. */
    public void requestRedraw() {
        painter.start();
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        overlay.resizeRelocate(0, 0, width, height);
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            dragLayer.resize(width, height);
            if (fitPending && width > 0 && height > 0) {
                fitPending = false;
                fitToContent();
            }
            painter.stop();
            paint();
        }
    }

    private void paint() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (width < 1 || height < 1) {
            return;
        }
        rename.reposition();
        RenderView view = RenderView.of(viewport.visibleWorld(width, height), viewport.scale())
                .withSelection(editor.selection().ids())
                .withHovered(gestures.hovered())
                .withRenaming(rename.editingId())
                .withDrag(gestures.draggedIds(), gestures.dragDx(), gestures.dragDy())
                .withGrid(gridVisible, GridSnap.STEP)
                .withToday(LocalDate.now());
        if (view.dragged().isEmpty()) {
            dragLayer.end();
            paintFrame(view, false);
        } else {
            if (dragLayer.stillChanged(editor.project(), view, width, height, isFocused())) {
                paintFrame(view, true);
            }
            dragLayer.paintMoving(renderer, editor.project(), view);
        }
        frames++;
    }

    /**
     * The plan (or, during a drag, its still part), the keyboard's focus, the legend, the link being drawn, the band
     * and the focus ring.
     */
    private void paintFrame(RenderView view, boolean stillPart) {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, width, height);
        if (stillPart) {
            renderer.renderStill(editor.project(), view, surface);
        } else {
            renderer.render(editor.project(), view, surface);
        }
        keys.paint(surface, view, isFocused(), rename.editingId());
        if (!editor.project().touchpoints().isEmpty()) {
            legend.paint(surface, 10, height - legend.height() - 10);
        }
        paintConnector(gc);
        Bounds band = gestures.band();
        if (band != null) {
            gc.setFill(BAND_FILL);
            gc.fillRect(band.x(), band.y(), band.width(), band.height());
            gc.setStroke(FOCUS_RING);
            gc.setLineWidth(1);
            gc.setLineDashes((double[]) null);
            gc.strokeRect(band.x() + 0.5, band.y() + 0.5, band.width(), band.height());
        }
        if (isFocused()) {
            gc.setStroke(FOCUS_RING);
            gc.setLineWidth(2);
            gc.setLineDashes((double[]) null);
            gc.strokeRect(1, 1, width - 2, height - 2);
        }
    }

    /** The handle to draw a link from the selected card, and the link being drawn. */
    private void paintConnector(GraphicsContext gc) {
        ConnectGesture connect = gestures.connect();
        connect.preview().ifPresent(line -> {
            gc.setStroke(FOCUS_RING);
            gc.setLineWidth(2);
            gc.setLineDashes(6, 4);
            gc.strokeLine(line[0], line[1], line[2], line[3]);
            gc.setLineDashes((double[]) null);
        });
        connect.handle().ifPresent(h -> {
            double r = ConnectGesture.HANDLE_RADIUS - 1;
            gc.setFill(Color.WHITE);
            gc.fillOval(h[0] - r, h[1] - r, 2 * r, 2 * r);
            gc.setStroke(FOCUS_RING);
            gc.setLineWidth(2);
            gc.strokeOval(h[0] - r, h[1] - r, 2 * r, 2 * r);
            gc.strokeLine(h[0] - r / 2, h[1], h[0] + r / 2, h[1]);
            gc.strokeLine(h[0], h[1] - r / 2, h[0], h[1] + r / 2);
        });
    }

    /** The colour look the plan is shown in: the theme's. */
    public ColourLook colourLook() {
        return surface.look();
    }

    /** How many frames were drawn so far; lets tests check that redraws are coalesced. */
    long frameCount() {
        return frames;
    }

    private void keyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (keys.pressed(e)) {
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.SPACE) {
            gestures.setSpaceDown(true);
        } else if (e.getCode() == KeyCode.F2) {
            startRename();
        } else if (e.getCode() == KeyCode.DIGIT1 && e.isShiftDown()) {
            fitToContent();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            editor.selection().clear();
        } else {
            return;
        }
        e.consume();
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            gestures.setSpaceDown(false);
        }
    }

    private void keyTyped(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        switch (e.getCharacter()) {
            case "+":
            case "=":
                zoomIn();
                break;
            case "-":
                zoomOut();
                break;
            case "0":
                resetZoom();
                break;
            default:
                if (!keys.typed(e)) {
                    return;
                }
        }
        e.consume();
    }

    /**
     * Drops a new touchpoint of this type centred on a scene point, snapped to the grid, and selects it.
     * Returns false, and changes nothing, when the point is outside the canvas.
     */
    public boolean acceptDrop(TouchpointType type, double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (local == null || local.getX() < 0 || local.getY() < 0 || local.getX() > getWidth()
                || local.getY() > getHeight()) {
            return false;
        }
        double x = GridSnap.snap(viewport.toWorldX(local.getX()) - Touchpoint.DEFAULT_WIDTH / 2);
        double y = GridSnap.snap(viewport.toWorldY(local.getY()) - Touchpoint.DEFAULT_HEIGHT / 2);
        String id = Ids.after(editor.project()).next(Ids.TOUCHPOINT);
        Touchpoint card = Touchpoint.create(id, type, messages.get("type." + type.id()), x, y);
        editor.execute(AddElements.of(card, "command.add"));
        editor.selection().select(id);
        requestFocus();
        return true;
    }

    /** The world point at the centre of the view, where new things can be placed. */
    public Point2D visibleCenterInWorld() {
        return new Point2D(viewport.toWorldX(getWidth() / 2), viewport.toWorldY(getHeight() / 2));
    }

    /** Brings an element to the middle of the view, at the current zoom. */
    public void reveal(String id) {
        editor.project().element(id).ifPresent(e -> viewport.centreOn(e.bounds().centerX(), e.bounds().centerY(),
                getWidth(), getHeight()));
    }

    /** Shows all the content, at 100 % at most; waits for the first layout when the view has no size yet. */
    public void fitToContent() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        PlanGeometry.contentBounds(editor.project()).ifPresentOrElse(
                content -> viewport.fit(content, getWidth(), getHeight(), FIT_MARGIN, 1),
                () -> {
                    viewport.setScaleAbout(1, 0, 0);
                    viewport.centreOn(0, 0, 0, 0);
                });
    }

    public void zoomIn() {
        viewport.zoomAbout(ZOOM_STEP, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        viewport.zoomAbout(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
    }

    public void resetZoom() {
        viewport.setScaleAbout(1, getWidth() / 2, getHeight() / 2);
    }

    /** Renames the single selected element in place; does nothing unless exactly one is selected. */
    public void startRename() {
        if (editor.selection().ids().size() == 1) {
            startRename(editor.selection().ids().iterator().next());
        }
    }

    void startRename(String id) {
        editor.project().element(id).ifPresent(rename::start);
    }

    /** Opens the field that adds a card by typing its name. */
    public void quickAdd() {
        requestFocus();
        keys.openQuickAdd("");
    }

    /** Starts choosing, with the keys, a card to link the selected one to; false when there is nothing to link. */
    public boolean startConnect() {
        requestFocus();
        return keys.startConnect();
    }

    /** What "?" on the canvas does: show the keyboard shortcuts. */
    public void onShortcutsRequested(Runnable action) {
        keys.onHelp(action);
    }

    /** Whether the minimap may show (it shows only when the view misses some of the plan). */
    public void setMinimapEnabled(boolean enabled) {
        minimap.setEnabled(enabled);
    }

    public boolean isMinimapEnabled() {
        return minimap.isEnabled();
    }

    public void setGridVisible(boolean visible) {
        gridVisible = visible;
        requestRedraw();
    }

    /** The zoom, 1 meaning 100 %, for a status bar. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return viewport.scaleProperty();
    }

    public Viewport viewport() {
        return viewport;
    }
}
