package org.strategycanvas.ui.mix;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Media;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.TernaryMath;
import org.strategycanvas.render.MediaBars;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.ui.theme.PlanColours;
import org.strategycanvas.ui.theme.Themes;

/**
 * The triangle itself: owned at the top, earned bottom left, paid bottom right, a faint line every 10 %
 * and one point. Pressing or dragging anywhere moves the point there (outside points go to the nearest
 * edge), on the 5 % grid, or the 1 % grid while Alt or Shortcut is held; releasing commits.
 * Keys move one step toward a corner: Up toward owned, Down away from it, Left toward earned, Right
 * toward paid; 5 %, or 1 % with Shift (or Alt, or Shortcut). Each key press commits.
 */
final class TernaryPlot extends Region {

    static final int STEP = 5;
    static final int FINE_STEP = 1;
    private static final double MAX_SIDE = 200;
    private static final double LABEL_BAND = 22;
    private static final double MARGIN = 8;

    private final Messages messages;
    private final ObjectProperty<MediaSplit> value;
    private final Consumer<MediaSplit> onCommit;
    private final Polygon triangle = new Polygon();
    private final Path grid = new Path();
    private final Circle point = new Circle(7);
    private final Label[] corners = new Label[3];
    private TernaryGeometry geometry = new TernaryGeometry(0, 0, 0);
    private MediaSplit atPress;

    TernaryPlot(Messages messages, ObjectProperty<MediaSplit> value, Consumer<MediaSplit> onCommit) {
        this.messages = messages;
        this.value = value;
        this.onCommit = onCommit;
        setId("ternary");
        getStyleClass().add("ternary");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SLIDER);
        setAccessibleRoleDescription(messages.get("ternary.role"));
        setAccessibleHelp(messages.get("ternary.help"));
        triangle.getStyleClass().add("ternary-triangle");
        grid.getStyleClass().add("ternary-grid");
        point.getStyleClass().add("ternary-point");
        point.setMouseTransparent(true);
        getChildren().addAll(triangle, grid);
        for (Media media : Media.values()) {
            Circle swatch = new Circle(5);
            PlanColours.fill(swatch, MediaBars.colour(media));
            swatch.getStyleClass().add("ternary-swatch");
            Label label = new Label(messages.get("media." + media.id()), swatch);
            label.getStyleClass().addAll("ternary-corner", "media-" + media.id());
            label.setMouseTransparent(true);
            corners[media.ordinal()] = label;
            getChildren().add(label);
        }
        getChildren().add(point);
        Themes.follow(point, look -> placePoint());
        value.addListener((obs, old, split) -> placePoint());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Where a split's point is now, in this node's coordinates (for tests and tools). */
    double[] pointOf(MediaSplit split) {
        return geometry.pointOf(split);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        atPress = value.get();
        follow(e);
    }

    private void dragged(MouseEvent e) {
        if (atPress != null) {
            follow(e);
        }
    }

    private void released(MouseEvent e) {
        if (atPress == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        follow(e);
        MediaSplit before = atPress;
        atPress = null;
        if (!value.get().equals(before)) {
            onCommit.accept(value.get());
        }
    }

    private void follow(MouseEvent e) {
        int step = e.isAltDown() || e.isShortcutDown() ? FINE_STEP : STEP;
        value.set(TernaryMath.nearest(geometry.weightsAt(e.getX(), e.getY()), step));
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        int step = e.isShiftDown() || e.isAltDown() || e.isShortcutDown() ? FINE_STEP : STEP;
        MediaSplit split = value.get();
        MediaSplit next;
        switch (e.getCode()) {
            case UP:
                next = TernaryMath.toward(split, Media.OWNED, step, step);
                break;
            case DOWN:
                next = TernaryMath.toward(split, Media.OWNED, -step, step);
                break;
            case LEFT:
                next = TernaryMath.toward(split, Media.EARNED, step, step);
                break;
            case RIGHT:
                next = TernaryMath.toward(split, Media.PAID, step, step);
                break;
            default:
                return;
        }
        e.consume();
        if (!next.equals(split)) {
            value.set(next);
            onCommit.accept(next);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return MAX_SIDE + 2 * MARGIN + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return MAX_SIDE * TernaryGeometry.HEIGHT_RATIO + 2 * LABEL_BAND + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 100 + 2 * LABEL_BAND;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset() + MARGIN;
        double y = snappedTopInset() + LABEL_BAND;
        double w = getWidth() - x - snappedRightInset() - MARGIN;
        double h = getHeight() - y - snappedBottomInset() - LABEL_BAND;
        geometry = TernaryGeometry.fitting(x, y, w, h, MAX_SIDE);
        double[][] c = geometry.corners();
        triangle.getPoints().setAll(c[0][0], c[0][1], c[1][0], c[1][1], c[2][0], c[2][1]);
        drawGrid();
        placeCorners(c);
        placePoint();
    }

    /** The lines where one share is 10 %, 20 % … 90 %: each joins two edges, parallel to the third. */
    private void drawGrid() {
        grid.getElements().clear();
        for (int tenth = 1; tenth < 10; tenth++) {
            double share = tenth / 10.0;
            for (Media media : Media.values()) {
                double[] from = geometry.pointOf(weightsWith(media, share, true));
                double[] to = geometry.pointOf(weightsWith(media, share, false));
                grid.getElements().addAll(new MoveTo(from[0], from[1]), new LineTo(to[0], to[1]));
            }
        }
    }

    /** The point where {@code media} has this share and the rest goes all to one of the other two. */
    private static TernaryMath.Weights weightsWith(Media media, double share, boolean restToFirst) {
        double[] w = new double[3];
        w[media.ordinal()] = share;
        int first = (media.ordinal() + 1) % 3;
        int second = (media.ordinal() + 2) % 3;
        w[restToFirst ? first : second] = 1 - share;
        return new TernaryMath.Weights(w[0], w[1], w[2]);
    }

    private void placeCorners(double[][] c) {
        double minX = snappedLeftInset() + 2;
        double maxX = getWidth() - snappedRightInset() - 2;
        for (Media media : Media.values()) {
            Label label = corners[media.ordinal()];
            double lw = label.prefWidth(-1);
            double lh = label.prefHeight(lw);
            double cx = c[media.ordinal()][0];
            double lx = Math.max(minX, Math.min(maxX - lw, cx - lw / 2));
            double ly = media == Media.OWNED ? c[0][1] - lh - 4 : c[1][1] + 4;
            label.resizeRelocate(snapPositionX(lx), snapPositionY(ly), lw, lh);
        }
    }

    private void placePoint() {
        MediaSplit split = value.get();
        double[] p = geometry.pointOf(split);
        point.setCenterX(p[0]);
        point.setCenterY(p[1]);
        point.setFill(PlanColours.now(blend(split)));
        setAccessibleText(messages.get("ternary.accessibleText", split.owned(), split.earned(), split.paid()));
    }

    /** The three media colours mixed in the split's proportions. */
    static Rgb blend(MediaSplit split) {
        double r = 0;
        double g = 0;
        double b = 0;
        for (Media media : Media.values()) {
            double share = split.get(media) / 100.0;
            Rgb c = MediaBars.colour(media);
            r += share * c.red();
            g += share * c.green();
            b += share * c.blue();
        }
        return new Rgb((int) Math.round(r), (int) Math.round(g), (int) Math.round(b), 1);
    }
}
