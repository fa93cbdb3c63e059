package org.strategycanvas.ui.canvas;

import java.util.Optional;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.MinimapGeometry;
import org.strategycanvas.render.ColourLook;
import org.strategycanvas.render.MinimapPainter;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.PlanGeometry;
import org.strategycanvas.ui.editor.Editor;

/**
 * The whole plan in the bottom-right corner of the canvas, with the part the view shows framed; a click or a
 * drag in it brings the view there. It shows only when the view does not hold all the content (and can be turned
 * off). The plan is drawn once per version of the document on its own canvas, which JavaFX keeps as an image:
 * panning and zooming only move the frame.
 */
final class Minimap extends Region {

    static final double MAX_WIDTH = 220;
    static final double MAX_HEIGHT = 150;
    static final double MARGIN = 12;

    private final Editor editor;
    private final Viewport viewport;
    private final Region view;
    private final Canvas picture = new Canvas();
    private final FxSurface surface = new FxSurface(picture.getGraphicsContext2D());
    private final Rectangle frame = new Rectangle();
    private MinimapGeometry geometry;
    private Bounds content;
    private boolean enabled = true;

    Minimap(Editor editor, Viewport viewport, Region view, String accessibleText) {
        this.editor = editor;
        this.viewport = viewport;
        this.view = view;
        setId("minimap");
        setManaged(false);
        setCursor(Cursor.HAND);
        setAccessibleText(accessibleText);
        frame.setManaged(false);
        frame.setMouseTransparent(true);
        frame.setFill(FxSurface.fx(Palette.SELECTION.withAlpha(0.12)));
        frame.setStroke(FxSurface.fx(Palette.SELECTION));
        frame.setStrokeWidth(1.5);
        getChildren().addAll(picture, frame);
        setOnMousePressed(this::goTo);
        setOnMouseDragged(this::goTo);
        setOnMouseReleased(MouseEvent::consume);
        setOnMouseClicked(MouseEvent::consume);
        editor.projectProperty().addListener((obs, old, now) -> redraw());
        viewport.addListener(this::follow);
        view.widthProperty().addListener(o -> follow());
        view.heightProperty().addListener(o -> follow());
        redraw();
    }

    /** Draws the plan again in the screen's colour look. */
    void setLook(ColourLook look) {
        if (look != surface.look()) {
            surface.setLook(look);
            redraw();
        }
    }

    void setEnabled(boolean on) {
        enabled = on;
        follow();
    }

    boolean isEnabled() {
        return enabled;
    }

    /** Where the minimap maps the plan now; empty for an empty plan. */
    Optional<MinimapGeometry> geometry() {
        return Optional.ofNullable(geometry);
    }

    /** Draws the plan again: once per version of the document. */
    private void redraw() {
        Project project = editor.project();
        content = PlanGeometry.contentBounds(project).orElse(null);
        geometry = content == null ? null : MinimapGeometry.fit(content, MAX_WIDTH, MAX_HEIGHT);
        if (geometry != null) {
            double width = Math.ceil(geometry.width());
            double height = Math.ceil(geometry.height());
            picture.setWidth(width);
            picture.setHeight(height);
            GraphicsContext gc = picture.getGraphicsContext2D();
            gc.setTransform(new Affine());
            gc.clearRect(0, 0, width, height);
            MinimapPainter.paint(project, geometry, surface);
            resize(width, height);
        }
        follow();
    }

    /** Frames what the view shows, and shows the minimap only when the view misses some of the content. */
    private void follow() {
        double width = view.getWidth();
        double height = view.getHeight();
        Bounds visible = viewport.visibleWorld(width, height);
        boolean needed = enabled && geometry != null && width > 0 && height > 0
                && MinimapGeometry.isNeeded(content, visible);
        setVisible(needed);
        if (!needed) {
            return;
        }
        relocate(Math.max(0, width - getWidth() - MARGIN), Math.max(0, height - getHeight() - MARGIN));
        Bounds shown = geometry.toMini(visible);
        frame.setVisible(shown != null);
        if (shown != null) {
            frame.setX(shown.x());
            frame.setY(shown.y());
            frame.setWidth(shown.width());
            frame.setHeight(shown.height());
        }
    }

    /** Centres the view on the plan's point under the pointer. */
    private void goTo(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && geometry != null) {
            viewport.centreOn(geometry.toWorldX(e.getX()), geometry.toWorldY(e.getY()), view.getWidth(),
                    view.getHeight());
        }
        e.consume();
    }
}
