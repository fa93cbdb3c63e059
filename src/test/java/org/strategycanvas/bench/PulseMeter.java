package org.strategycanvas.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Times one JavaFX frame at a time. A measured frame is: the input events handled for it on the JavaFX thread
 * (from the scene's event filter to its last event handler; or the step that changes the view, when it is not
 * input), plus the pulse that follows, from the pulse's start
 * (an animation timer started before the view's own painter, so it runs first in the pulse) to the moment the
 * render thread reports the frame rendered (JavaFX's own "frame rendered" notification of the scene, after the
 * rasterizing and the copy to the screen). Frames are measured one after the other, never overlapping: the next
 * step starts only once the previous frame is on the screen.
 */
final class PulseMeter {

    /** One frame's times, in milliseconds: input handling, pulse up to layout, and the whole frame. */
    record Frame(double inputMs, double untilLayoutMs, double totalMs) {
    }

    private final AnimationTimer probe;
    private volatile boolean armed;
    private volatile long pulseStart;
    private volatile long layoutDone;
    private volatile CompletableFuture<Long> rendered;
    private volatile boolean armOnInput;
    private long inputStart;
    private volatile long inputNanos;

    PulseMeter(Scene scene) {
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
            CompletableFuture<Long> waiting = rendered;
            if (waiting != null && pulseStart != 0) {
                waiting.complete(System.nanoTime());
            }
        });
        scene.addPostLayoutPulseListener(() -> layoutDone = System.nanoTime());
        scene.addEventFilter(InputEvent.ANY, e -> inputStart = System.nanoTime());
        scene.addEventHandler(InputEvent.ANY, this::handled);
        probe = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (armed) {
                    armed = false;
                    pulseStart = System.nanoTime();
                }
            }
        };
        probe.start();
    }

    private void handled(Event e) {
        inputNanos += System.nanoTime() - inputStart;
        if (armOnInput) {
            armOnInput = false;
            armed = true;
        }
    }

    /** Times the frame of a step that changes the view itself on the JavaFX thread (a redraw request, a zoom). */
    Frame measure(Runnable step) throws Exception {
        return measure(step, false);
    }

    /**
     * Times the frame of a step that makes the robot send one input event: the robot's events come in their own
     * runnable, so the pulse is watched for only once the event was handled.
     */
    Frame measureInput(Runnable robotStep) throws Exception {
        return measure(robotStep, true);
    }

    /** Fails if no frame comes within ten seconds: a step that changes nothing on screen is not a frame. */
    private Frame measure(Runnable step, boolean byInput) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            inputNanos = 0;
            pulseStart = 0;
            rendered = done;
            armOnInput = byInput;
            long stepStart = System.nanoTime();
            step.run();
            if (!byInput) {
                // The step is the change itself (a redraw request, handing over a plan): it counts like input.
                inputNanos = System.nanoTime() - stepStart;
                armed = true;
            }
        });
        long end = done.get(10, TimeUnit.SECONDS);
        rendered = null;
        long start = pulseStart;
        double inputMs = inputNanos / 1e6;
        return new Frame(inputMs, Math.max(0, layoutDone - start) / 1e6, inputMs + (end - start) / 1e6);
    }

    void stop() throws Exception {
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        Platform.runLater(() -> {
            probe.stop();
            stopped.complete(null);
        });
        stopped.get(10, TimeUnit.SECONDS);
    }
}
