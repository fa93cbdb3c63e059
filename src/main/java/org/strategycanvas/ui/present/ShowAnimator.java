package org.strategycanvas.ui.present;

import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.util.Duration;
import org.strategycanvas.model.Bounds;

/** Moves the show from one part of the canvas to another, at once or gliding over 300 ms. */
final class ShowAnimator {

    static final Duration LENGTH = Duration.millis(300);

    private final Show show;
    private Bounds from;
    private Bounds to;
    private final Transition glide = new Transition() {
        {
            setCycleDuration(LENGTH);
            setInterpolator(Interpolator.EASE_BOTH);
        }

        @Override
        protected void interpolate(double f) {
            show.shown.set(between(from, to, f));
        }
    };

    ShowAnimator(Show show) {
        this.show = show;
    }

    void moveTo(Bounds target, boolean animated) {
        glide.stop();
        from = show.shown.get();
        to = target;
        if (!animated || target.equals(from)) {
            show.shown.set(target);
        } else {
            glide.playFromStart();
        }
    }

    /** Ends a glide under way where it was going. */
    void finish() {
        if (glide.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            glide.stop();
            show.shown.set(to);
        }
    }

    static Bounds between(Bounds a, Bounds b, double f) {
        return new Bounds(a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f,
                a.width() + (b.width() - a.width()) * f, a.height() + (b.height() - a.height()) * f);
    }
}
