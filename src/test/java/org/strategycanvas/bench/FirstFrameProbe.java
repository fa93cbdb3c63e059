package org.strategycanvas.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.application.Preloader;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Not a test: a JavaFX preloader ({@code -Djavafx.preloader=org.strategycanvas.bench.FirstFrameProbe}) that any
 * application launched through {@code Application.launch} picks up, the app and the bare window alike. It never
 * shows its own stage. It watches the first window shown, and JavaFX's frame-rendered notifications (from the
 * render thread) of each scene that window shows. It prints, in ms since the JVM started (RuntimeMXBean start
 * time), {@code FIRST_FRAME_MS=} the window's first frame rendered and {@code READY_MS=} the first frame of its main
 * scene, the one whose root has the style class {@code main-window} (the app's editor with its plan; the bare
 * window's only scene), then the CPU time of the JavaFX thread and of the process by then, and the rendering
 * pipeline; then it ends the JVM (System.exit: a flight recording, if any, is written).
 * Diagnostics: {@code -Dbench.threads=true} prints each thread's CPU time, {@code -Dbench.nodes=true} the main
 * scene's nodes by class.
 */
public final class FirstFrameProbe extends Preloader {

    static final String FIRST_FRAME = "FIRST_FRAME_MS=";
    static final String READY = "READY_MS=";
    static final String FX_CPU = "FX_THREAD_CPU_MS=";
    static final String PROCESS_CPU = "PROCESS_CPU_MS=";
    static final String PIPELINE = "PIPELINE=";
    static final String MAIN_WINDOW = "main-window";

    private final AtomicBoolean watching = new AtomicBoolean();
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile long fxThread;
    private volatile long firstFrameAt;
    private boolean counted;

    @Override
    public void start(Stage unusedPreloaderStage) {
        fxThread = Thread.currentThread().getId();
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
        });
    }

    private void watch(Window window) {
        if (!watching.compareAndSet(false, true)) {
            return;
        }
        watch(window.getScene());
        window.sceneProperty().addListener((obs, old, scene) -> watch(scene));
    }

    private void watch(Scene scene) {
        if (scene == null) {
            return;
        }
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> rendered(scene));
        if (Boolean.getBoolean("bench.nodes")) {
            scene.addPostLayoutPulseListener(() -> countNodes(scene));
        }
    }

    /** On the render thread, after each frame of a watched scene. */
    private void rendered(Scene scene) {
        long now = System.currentTimeMillis();
        if (firstFrameAt == 0) {
            firstFrameAt = now;
        }
        if (isMain(scene) && reported.compareAndSet(false, true)) {
            report(now);
        }
    }

    private static boolean isMain(Scene scene) {
        return scene.getRoot() != null && scene.getRoot().getStyleClass().contains(MAIN_WINDOW);
    }

    private void report(long readyAt) {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(FIRST_FRAME + (firstFrameAt - start));
        System.out.println(READY + (readyAt - start));
        // CPU times, less disturbed by a busy machine than the wall clock: where the time went.
        System.out.println(FX_CPU + ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread) / 1_000_000);
        System.out.println(PROCESS_CPU + ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis)
                .orElse(-1L));
        if (Boolean.getBoolean("bench.threads")) {
            printThreadTimes();
        }
        System.out.println(PIPELINE + com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName());
        System.out.flush();
        System.exit(0);
    }

    /** The main scene's nodes after its first layout, by class. */
    private void countNodes(Scene scene) {
        if (counted || !isMain(scene)) {
            return;
        }
        counted = true;
        Map<String, Integer> byClass = new TreeMap<>();
        ArrayDeque<Node> todo = new ArrayDeque<>(List.of(scene.getRoot()));
        int count = 0;
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            count++;
            byClass.merge(node.getClass().getName(), 1, Integer::sum);
            if (node instanceof Parent parent) {
                todo.addAll(parent.getChildrenUnmodifiable());
            }
        }
        System.out.println("NODES=" + count);
        byClass.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                .forEach(e -> System.out.println("NODE " + e.getValue() + " " + e.getKey()));
    }

    /** Each thread's CPU time so far, from /proc (Linux). */
    private static void printThreadTimes() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.map(FirstFrameProbe::threadTime).filter(t -> !t.startsWith("0 "))
                    .sorted((a, b) -> Long.compare(Long.parseLong(b.split(" ")[0]), Long.parseLong(a.split(" ")[0])))
                    .forEach(t -> System.out.println("THREAD " + t));
        } catch (IOException e) {
            System.out.println("THREAD times unavailable: " + e);
        }
    }

    private static String threadTime(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 10 + " ms " + name;
        } catch (IOException | RuntimeException e) {
            return "0 ?";
        }
    }
}
