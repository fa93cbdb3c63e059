package org.strategycanvas.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.strategycanvas.model.Bounds;

/**
 * Which part of the world the canvas shows: the world point at the screen's top-left corner and the
 * scale (screen pixels per world unit, 1 = 100 %), kept between {@link #MIN_SCALE} and {@link #MAX_SCALE}.
 */
public final class Viewport {

    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 4.0;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final List<Runnable> listeners = new ArrayList<>();
    private double originX;
    private double originY;

    public double scale() {
        return scale.get();
    }

    /** The scale as a property, for a status bar: 1 is 100 %. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    public double toScreenX(double worldX) {
        return (worldX - originX) * scale();
    }

    public double toScreenY(double worldY) {
        return (worldY - originY) * scale();
    }

    public double toWorldX(double screenX) {
        return originX + screenX / scale();
    }

    public double toWorldY(double screenY) {
        return originY + screenY / scale();
    }

    /** The world rectangle a screen of this size shows. */
    public Bounds visibleWorld(double screenWidth, double screenHeight) {
        return new Bounds(originX, originY, Math.max(screenWidth, 1) / scale(), Math.max(screenHeight, 1) / scale());
    }

    /** Changes the scale, keeping the world point under the screen point where it is. */
    public void zoomAbout(double factor, double screenX, double screenY) {
        setScaleAbout(scale() * factor, screenX, screenY);
    }

    public void setScaleAbout(double newScale, double screenX, double screenY) {
        double worldX = toWorldX(screenX);
        double worldY = toWorldY(screenY);
        double clamped = clamp(newScale);
        originX = worldX - screenX / clamped;
        originY = worldY - screenY / clamped;
        scale.set(clamped);
        fire();
    }

    /** Moves the content by a distance in screen pixels (the world follows the pointer). */
    public void panBy(double screenDx, double screenDy) {
        originX -= screenDx / scale();
        originY -= screenDy / scale();
        fire();
    }

    /** Shows a world point at the centre of a screen of this size, at the current scale. */
    public void centreOn(double worldX, double worldY, double screenWidth, double screenHeight) {
        originX = worldX - screenWidth / 2 / scale();
        originY = worldY - screenHeight / 2 / scale();
        fire();
    }

    /**
     * Shows a whole world rectangle, centred, with a margin in screen pixels; never above {@code maxScale}
     * so that a single small card is not blown up.
     */
    public void fit(Bounds content, double screenWidth, double screenHeight, double margin, double maxScale) {
        double availableWidth = Math.max(screenWidth - 2 * margin, 1);
        double availableHeight = Math.max(screenHeight - 2 * margin, 1);
        double fitted = Math.min(availableWidth / content.width(), availableHeight / content.height());
        scale.set(clamp(Math.min(fitted, maxScale)));
        centreOn(content.centerX(), content.centerY(), screenWidth, screenHeight);
    }

    public static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }
}
