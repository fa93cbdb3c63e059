package org.strategycanvas.ui.recovery;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Calls back at a steady pace on the FX thread until stopped; the tests tick by hand. */
public interface Ticker {

    /** Starts calling {@code tick}; returns what stops it. */
    Runnable start(Runnable tick);

    /** A tick each second, on the FX thread. */
    static Ticker everySecond() {
        return tick -> {
            Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick.run()));
            timeline.setCycleCount(Animation.INDEFINITE);
            timeline.play();
            return timeline::stop;
        };
    }
}
