package org.strategycanvas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.testing.FxThread;

/**
 * The benchmark, not a test: run only by {@code mvn -Pbench package} (see the README), in its own JVM. Side by side
 * on the same machine: the app's first frame opening a 200-card plan against a bare JavaFX window's (fresh JVMs, see
 * {@link FirstFrames}); the plan document of that plan as a PDF, cold and warm (a fresh JVM, {@link PlanPdfProbe});
 * opening and saving a 10,000-card, 10,000-link plan against plain Jackson on the same bytes; then that plan shown
 * in the real canvas view (headless Monocle, 1600 x 900): heap, frames at rest, while dragging 20 cards, panning and
 * zooming, at 100 % and in the zoomed-out overview. The figures, each target and whether it is met go to
 * {@code target/bench.json} and to the console. It asserts nothing: timings are not tests.
 */
class ScaleBench {

    private static final long SEED = 42;
    private static final int FRAMES = 300;
    private static final int BIG_PLAN = 10_000;
    private static final int SMALL_PLAN = 200;
    private static final int STARTS = 5;
    private static final int PDF_RUNS = 6;
    /** Opening and saving: runs alternated with plain Jackson's, after as many unmeasured of each (steady state). */
    private static final int WARM_UPS = 20;
    private static final int RUNS = 25;
    private static final Path SAMPLE = Path.of("assets", "samples", "boulangerie-martin.strategy.json");
    private static final Path DIR = Path.of("target", "bench");

    private final Map<String, Object> report = new LinkedHashMap<>();

    @BeforeAll
    static void startJavaFx() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }

    @AfterAll
    static void stopJavaFx() {
        Platform.exit();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void measure() throws Exception {
        report.put("loadAverageAtStart", Machine.loadAverage());
        Files.createDirectories(DIR);
        Path small = writePlan(SMALL_PLAN, false);
        Path big = writePlan(BIG_PLAN, true);
        firstFrames(small);
        planPdf(small);
        reading(big);
        saving(big);
        Project project = new ProjectFiles().open(big).project();
        CanvasStage stage = CanvasStage.show(Project.empty(project.info()));
        bigPlanFirstFrame(stage, project);
        project = null;
        report.put("heapMb", Stats.ms(usedHeapMb()));
        atActualSize(stage);
        overview(stage);
        stage.meter().stop();
        report.put("loadAverageAtEnd", Machine.loadAverage());
        Targets.Checked checked = Targets.check(report);
        report.put("targets", checked.targets());
        report.put("met", checked.met());
        report.put("allMet", checked.allMet());
        report.put("machine", Machine.describe());
        report.put("definitions", Targets.DEFINITIONS);
        Path out = Path.of("target", "bench.json");
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), report);
        System.out.println("Benchmark → " + out.toAbsolutePath());
        System.out.println(Files.readString(out));
    }

    /** The generated plan of this many cards, written as the app writes it; its counts go to the report if asked. */
    private Path writePlan(int cards, boolean describe) throws Exception {
        ProjectFiles files = new ProjectFiles();
        Project plan = ScaleProject.generate(SEED, files.open(SAMPLE).project(), cards);
        Path file = DIR.resolve("plan-" + cards + ".strategy.json");
        Files.write(file, files.toBytes(plan));
        if (describe) {
            report.put("touchpoints", plan.touchpoints().size());
            report.put("objectives", plan.objectives().size());
            report.put("notes", plan.notes().size());
            report.put("zones", plan.zones().size());
            report.put("links", plan.links().size());
            report.put("actions", plan.actions().size());
            report.put("actuals", plan.actuals().size());
            report.put("fileMb", Stats.ms(Files.size(file) / 1048576.0));
        }
        return file;
    }

    /** The app opening the 200-card plan against a bare window, fresh JVMs, medians of {@link #STARTS} each. */
    private void firstFrames(Path plan) throws Exception {
        FirstFrames starts = FirstFrames.forThisMachine(DIR);
        report.put("display", starts.display());
        Map<String, Object> figures = starts.measure(plan, STARTS);
        report.put("firstFrameMs", figures.remove("firstFrameMs"));
        report.put("bareFirstFrameMs", figures.remove("bareFirstFrameMs"));
        report.put("readyMs", figures.remove("readyMs"));
        report.put("firstFrame", figures);
        System.out.println("  first frames: " + report.get("firstFrameMs") + " ms (bare "
                + report.get("bareFirstFrameMs") + " ms) " + figures);
    }

    /** The plan document of the 200-card plan in a fresh JVM: the first run cold, then the median of the others. */
    private void planPdf(Path plan) throws Exception {
        ChildJvm jvm = new ChildJvm(List.of("-Djava.awt.headless=true", "-Duser.language=en"),
                DIR.resolve("plan-pdf.log"));
        List<String> lines = jvm.run(PlanPdfProbe.class.getName(), plan.toAbsolutePath().toString(),
                DIR.resolve("pdf").toAbsolutePath().toString(), String.valueOf(PDF_RUNS));
        List<Double> runs = ChildJvm.numbers(lines, PlanPdfProbe.PDF_MS);
        if (runs.size() != PDF_RUNS) {
            throw new IllegalStateException("the plan PDF probe failed: " + lines + "; see "
                    + DIR.resolve("plan-pdf.log"));
        }
        report.put("planPdfMs", Stats.ms(Stats.percentile(runs.subList(1, runs.size()), 50)));
        report.put("planPdfColdMs", Stats.ms(runs.get(0)));
        report.put("planPdfPages", Integer.parseInt(ChildJvm.value(lines, PlanPdfProbe.PDF_PAGES).orElse("0")));
        report.put("planPdfRuns", runs);
        System.out.println("  plan PDF: " + runs);
    }

    /** A plain Jackson tree of the file against the app's own strict open, alternated; medians (see WARM_UPS, RUNS). */
    private void reading(Path file) throws Exception {
        ObjectMapper plain = new ObjectMapper();
        ProjectFiles files = new ProjectFiles();
        List<List<Double>> times = Stats.alternated(WARM_UPS, RUNS, () -> plain.readTree(file.toFile()),
                () -> files.open(file));
        List<Double> raw = times.get(0);
        List<Double> open = times.get(1);
        report.put("rawParseMs", Stats.ms(Stats.percentile(raw, 50)));
        report.put("openMs", Stats.ms(Stats.percentile(open, 50)));
        report.put("rawParseBestMs", Stats.ms(Stats.percentile(raw, 0)));
        report.put("openBestMs", Stats.ms(Stats.percentile(open, 0)));
    }

    /**
     * The app's safe save of the opened plan over an existing file (backup included) against plain Jackson writing
     * the file's tree pretty-printed, each to bytes, then to a temporary file forced to disk and moved over its
     * target; alternated, medians (see WARM_UPS, RUNS).
     */
    private void saving(Path file) throws Exception {
        ProjectFiles files = new ProjectFiles();
        Project project = files.open(file).project();
        Path saved = Files.copy(file, DIR.resolve("saved.strategy.json"), StandardCopyOption.REPLACE_EXISTING);
        ObjectMapper plain = new ObjectMapper();
        JsonNode tree = plain.readTree(file.toFile());
        Path raw = Files.copy(file, DIR.resolve("raw.json"), StandardCopyOption.REPLACE_EXISTING);
        List<List<Double>> times = Stats.alternated(WARM_UPS, RUNS,
                () -> writeDurably(raw, plain.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree)),
                () -> files.save(project, saved));
        List<Double> write = times.get(0);
        List<Double> save = times.get(1);
        report.put("rawWriteMs", Stats.ms(Stats.percentile(write, 50)));
        report.put("saveMs", Stats.ms(Stats.percentile(save, 50)));
        report.put("rawWriteBestMs", Stats.ms(Stats.percentile(write, 0)));
        report.put("saveBestMs", Stats.ms(Stats.percentile(save, 0)));
    }

    /** Bytes to a temporary file beside the target, forced to disk (data and metadata), then moved over it. */
    private static void writeDurably(Path target, byte[] bytes) throws Exception {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "raw", ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** From handing the opened plan to the view (as File ▸ Open does, then fit to content) to its frame on screen. */
    private void bigPlanFirstFrame(CanvasStage stage, Project project) throws Exception {
        PulseMeter.Frame first = stage.meter().measure(() -> {
            stage.editor().reset(project);
            stage.canvas().fitToContent();
        });
        report.put("bigPlanFirstFrameMs", Stats.ms(first.totalMs()));
        System.out.println("  first frame of the 10,000-card plan: " + first);
    }

    private static double usedHeapMb() throws Exception {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    /** At 100 %, in the middle of the plan, with 20 cards selected and the pointer on one of them. */
    private void atActualSize(CanvasStage stage) throws Exception {
        Project project = stage.editor().project();
        Bounds all = project.elements().map(e -> e.bounds()).reduce(Bounds::union).orElseThrow();
        Touchpoint grabbed = nearest(project, all.centerX(), all.centerY());
        FxThread.call(() -> {
            stage.canvas().resetZoom();
            stage.canvas().reveal(grabbed.id());
            return null;
        });
        stage.select(around(project, grabbed, 20));
        Point2D grab = stage.onScreen(grabbed.bounds().centerX(), grabbed.bounds().centerY());
        FxThread.call(() -> {
            stage.moveMouse(grab);
            return null;
        });
        CanvasStage.settle();
        report.put("emptyPulse", atRest(stage));
        report.put("dragPulse", drag(stage, grab, MouseButton.PRIMARY));
        report.put("panPulse", drag(stage, grab, MouseButton.SECONDARY));
        report.put("zoomPulse", zoom(stage, grab));
        lift(report, "emptyPulse", "emptyPulseP95Ms");
        lift(report, "dragPulse", "dragPulseP95Ms");
    }

    /** Fitted to the content (10 % at most zoomed out: a quarter of the plan), cards drawn as blocks. */
    private void overview(CanvasStage stage) throws Exception {
        Project project = stage.editor().project();
        FxThread.call(() -> {
            stage.canvas().fitToContent();
            return null;
        });
        CanvasStage.settle();
        String selected = stage.editor().selection().snapshot().iterator().next();
        Bounds b = project.element(selected).orElseThrow().bounds();
        Point2D grab = stage.onScreen(b.centerX(), b.centerY());
        FxThread.call(() -> {
            stage.moveMouse(grab);
            return null;
        });
        CanvasStage.settle();
        report.put("overviewEmptyPulse", atRest(stage));
        report.put("overviewDragPulse", drag(stage, grab, MouseButton.PRIMARY));
    }

    private Map<String, Object> atRest(CanvasStage stage) throws Exception {
        List<PulseMeter.Frame> frames = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            frames.add(stage.meter().measure(stage.canvas()::requestRedraw));
        }
        return summary(frames);
    }

    /** Presses on the grab point, moves around a circle of 120 pixels in {@link #FRAMES} steps, then releases. */
    private Map<String, Object> drag(CanvasStage stage, Point2D grab, MouseButton button) throws Exception {
        stage.press(button);
        List<PulseMeter.Frame> frames = new ArrayList<>();
        for (int i = 1; i <= FRAMES; i++) {
            double angle = 2 * Math.PI * i / 150;
            Point2D to = new Point2D(grab.getX() + 120 * Math.sin(angle), grab.getY() + 120 * (1 - Math.cos(angle)));
            frames.add(stage.meter().measureInput(() -> stage.moveMouse(to)));
        }
        Map<String, Object> summary = summary(frames);
        PulseMeter.Frame drop = stage.meter().measureInput(() -> stage.robotRelease(button));
        summary.put("releaseMs", Stats.ms(drop.totalMs()));
        CanvasStage.settle();
        if (button == MouseButton.PRIMARY) {
            FxThread.call(() -> {
                stage.editor().undo();
                return null;
            });
            CanvasStage.settle();
        }
        return summary;
    }

    /** One wheel notch per frame, five in then five out, around 100 %, sent to the canvas at the pointer. */
    private Map<String, Object> zoom(CanvasStage stage, Point2D at) throws Exception {
        List<PulseMeter.Frame> frames = new ArrayList<>();
        for (int i = 0; i < FRAMES / 3; i++) {
            int notch = (i / 5) % 2 == 0 ? 1 : -1;
            frames.add(stage.meter().measure(() -> stage.wheel(at, notch)));
        }
        return summary(frames);
    }

    private static Map<String, Object> summary(List<PulseMeter.Frame> frames) {
        List<Double> total = frames.stream().map(PulseMeter.Frame::totalMs).toList();
        List<Double> input = frames.stream().map(PulseMeter.Frame::inputMs).toList();
        List<Double> fx = frames.stream().map(PulseMeter.Frame::untilLayoutMs).toList();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("frames", frames.size());
        summary.put("p50Ms", Stats.ms(Stats.percentile(total, 50)));
        summary.put("p95Ms", Stats.ms(Stats.percentile(total, 95)));
        summary.put("maxMs", Stats.ms(Stats.percentile(total, 100)));
        summary.put("inputP95Ms", Stats.ms(Stats.percentile(input, 95)));
        summary.put("pulseUntilLayoutP95Ms", Stats.ms(Stats.percentile(fx, 95)));
        System.out.println("  " + java.time.LocalTime.now() + " " + summary);
        return summary;
    }

    private static void lift(Map<String, Object> report, String phase, String key) {
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) report.get(phase);
        report.put(key, summary.get("p95Ms"));
    }

    private static Touchpoint nearest(Project project, double x, double y) {
        Touchpoint best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Touchpoint t : project.touchpoints()) {
            double d = Math.hypot(t.bounds().centerX() - x, t.bounds().centerY() - y);
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }

    /** The {@code count} touchpoints nearest to one, itself included. */
    private static List<String> around(Project project, Touchpoint centre, int count) {
        double x = centre.bounds().centerX();
        double y = centre.bounds().centerY();
        return project.touchpoints().stream()
                .sorted(java.util.Comparator.comparingDouble(
                        t -> Math.hypot(t.bounds().centerX() - x, t.bounds().centerY() - y)))
                .limit(count).map(Touchpoint::id).toList();
    }
}
