package org.strategycanvas.app;

import com.sun.javafx.perf.PerformanceTracker;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * With {@code -Dstrategycanvas.exitAfterFirstFrame=true}, prints how long the process took from its start
 * to the window's first frame on screen ({@code firstFrameMs=…}), then ends it. The installers are measured
 * with it, and their class-data archive is made from such a run ({@code packaging/}).
 *
 * <p>A frame counts once the render thread has drawn it and handed it to the screen: JavaFX's own
 * "frame rendered" notification, as the benchmark uses. The process's start comes from the system,
 * to within a clock tick (10 ms on Linux), and includes the launcher and the JVM's own start.
 */
public final class FirstFrameProbe {

    public static final String PROPERTY = "strategycanvas.exitAfterFirstFrame";

    private final Instant processStart;
    private final PrintStream out;
    private final Runnable exit;
    private final AtomicBoolean reported = new AtomicBoolean();

    FirstFrameProbe(Instant processStart, PrintStream out, Runnable exit) {
        this.processStart = processStart;
        this.out = out;
        this.exit = exit;
    }

    /** Watches the scene's first frame when the property asks for it; does nothing otherwise. */
    static void installIfAsked(Scene scene) {
        if (Boolean.getBoolean(PROPERTY)) {
            Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
            new FirstFrameProbe(start, System.out, () -> System.exit(0)).watch(scene);
        }
    }

    void watch(Scene scene) {
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::frameRendered);
    }

    /** Called on the render thread: reports the first frame only, then ends on the JavaFX thread. */
    void frameRendered() {
        if (reported.compareAndSet(false, true)) {
            out.println("firstFrameMs=" + Duration.between(processStart, Instant.now()).toMillis());
            out.flush();
            Platform.runLater(exit);
        }
    }
}
