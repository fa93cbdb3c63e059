package org.strategycanvas.ui.present;

import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;
import org.strategycanvas.model.Bounds;

/**
 * What the room is shown, shared by the presentation and the projector window so that both show the same:
 * the part of the canvas in view, whether a presentation is under way, the laser pointer (a canvas point, or
 * null when off), the cards being dragged, the elements the frame is about (set off from the rest; none for
 * the whole canvas), the frame's title and the workshop timer (null when not shown).
 */
final class Show {

    /** Cards being dragged and how far, in canvas units. */
    record Drag(Set<String> ids, double dx, double dy) {
        static final Drag NONE = new Drag(Set.of(), 0, 0);
    }

    final ObjectProperty<Bounds> shown = new SimpleObjectProperty<>(this, "shown", new Bounds(0, 0, 960, 540));
    final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    final ObjectProperty<Point2D> laser = new SimpleObjectProperty<>(this, "laser");
    final ObjectProperty<Drag> drag = new SimpleObjectProperty<>(this, "drag", Drag.NONE);
    final ObjectProperty<List<String>> focus = new SimpleObjectProperty<>(this, "focus", List.of());
    final StringProperty title = new SimpleStringProperty(this, "title", "");
    final StringProperty timer = new SimpleStringProperty(this, "timer");
    final BooleanProperty timeUp = new SimpleBooleanProperty(this, "timeUp");

    /** Calls back when anything drawn on the canvas changes (not the title nor the timer: labels show those). */
    void onPictureChange(InvalidationListener listener) {
        shown.addListener(listener);
        presenting.addListener(listener);
        laser.addListener(listener);
        drag.addListener(listener);
        focus.addListener(listener);
    }

    void removePictureListener(InvalidationListener listener) {
        shown.removeListener(listener);
        presenting.removeListener(listener);
        laser.removeListener(listener);
        drag.removeListener(listener);
        focus.removeListener(listener);
    }
}
