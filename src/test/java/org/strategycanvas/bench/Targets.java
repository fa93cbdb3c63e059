package org.strategycanvas.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The benchmark's targets, checked against its figures, and what each figure means. */
final class Targets {

    static final Map<String, String> DEFINITIONS = definitions();

    /** Each target with its figure, value, limit and whether it is met; the same booleans alone; all met or not. */
    record Checked(Map<String, Object> targets, Map<String, Boolean> met, boolean allMet) {
    }

    private Targets() {
    }

    static Checked check(Map<String, Object> figures) {
        Map<String, Object> targets = new LinkedHashMap<>();
        Map<String, Boolean> met = new LinkedHashMap<>();
        ratio(targets, met, figures, "firstFrameRatio", "firstFrameMs", "bareFirstFrameMs", 1.25);
        ratio(targets, met, figures, "openRatio", "openMs", "rawParseMs", 2);
        ratio(targets, met, figures, "saveRatio", "saveMs", "rawWriteMs", 2);
        at(targets, met, figures, "dragPulse", "dragPulseP95Ms", 16);
        ratio(targets, met, figures, "dragPulseRatio", "dragPulseP95Ms", "emptyPulseP95Ms", 2);
        at(targets, met, figures, "heap", "heapMb", 250);
        at(targets, met, figures, "planPdf", "planPdfMs", 1500);
        return new Checked(targets, met, met.values().stream().allMatch(Boolean::booleanValue));
    }

    private static void ratio(Map<String, Object> targets, Map<String, Boolean> met, Map<String, Object> figures,
                              String name, String key, String base, double limit) {
        double value = number(figures, key) / number(figures, base);
        put(targets, met, name, key + " / " + base, Math.round(value * 1000) / 1000.0, limit);
    }

    private static void at(Map<String, Object> targets, Map<String, Boolean> met, Map<String, Object> figures,
                           String name, String key, double limit) {
        put(targets, met, name, key, number(figures, key), limit);
    }

    private static void put(Map<String, Object> targets, Map<String, Boolean> met, String name, String figure,
                            double value, double limit) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("figure", figure);
        target.put("value", value);
        target.put("atMost", limit);
        target.put("met", value <= limit);
        targets.put(name, target);
        met.put(name, value <= limit);
    }

    private static double number(Map<String, Object> figures, String key) {
        return ((Number) figures.get(key)).doubleValue();
    }

    private static Map<String, String> definitions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("firstFrameMs", "the app (its real entry point, Launcher, given the 200-card plan to open) from the "
                + "JVM's start (RuntimeMXBean start time) to the first frame of its window rendered (JavaFX's "
                + "frame-rendered notification, watched by a preloader, FirstFrameProbe); a fresh JVM each time, "
                + "median of 5 after one unmeasured start; 'display' says on what (x11: the X server of DISPLAY; "
                + "monocle: headless, software rendering), firstFrame.jvmFlags with which flags");
        d.put("readyMs", "the same runs until the first frame of the editor with the plan: the app shows its window "
                + "blank first (StartingScene) and builds the editor after that first frame; firstFrame.readyCpuMs "
                + "is the CPU time the process had used by then (all threads: JavaFX, JIT compilers, GC, the plan "
                + "read ahead), firstFrame.bareCpuMs the bare window's at its first frame");
        d.put("bareFirstFrameMs", "the same for a bare JavaFX window (BareWindow: an Application showing an empty "
                + "Stage of the app's size), same flags, runs alternated with the app's");
        d.put("planPdfMs", "the 200-card plan's plan document (PlanDocument laid out on A4 portrait, English, then "
                + "CanvasExport.writePdf to a file) in a fresh JVM, the plan already opened: median of 5 runs after "
                + "the first; planPdfColdMs is that first run (fonts, PDFBox and the layout loaded and compiled)");
        d.put("rawParseMs", "plain Jackson readTree of the 10,000-card file (new ObjectMapper(), file read "
                + "included): median of 25 after 20 warm-ups, runs alternated with openMs's");
        d.put("openMs", "ProjectFiles.open, as File > Open does (read, strict checks, migration, model, rules): "
                + "median of 25 after 20 warm-ups");
        d.put("rawWriteMs", "plain Jackson (new ObjectMapper(), default pretty printer) writing the file's tree "
                + "(read once before) to bytes, written to a temporary file beside the target, forced to disk "
                + "(FileChannel.force(true)) and moved over the target: median of 25 after 20 warm-ups, runs "
                + "alternated with saveMs's");
        d.put("saveMs", "ProjectFiles.save over the existing file, as File > Save does: the model to JSON "
                + "(canonical form) to bytes, a temporary file forced to disk the same way, the previous version "
                + "kept as a backup, the move over the target, the folder synced and the stamp (SHA-256) of what "
                + "was written: median of 25 after 20 warm-ups");
        d.put("bigPlanFirstFrameMs", "the opened 10,000-card plan handed to the canvas (Editor.reset, fit to "
                + "content) until its first frame is rendered; once, in a fresh window");
        d.put("heapMb", "used heap after System.gc() with the 10,000-card plan shown in the window");
        d.put("pulse", "one frame, measured alone: the input event's handling on the JavaFX thread (scene filter "
                + "to scene handler) plus the pulse that follows, from its start (an animation timer that runs "
                + "before the canvas's painter) to JavaFX's frame-rendered notification from the render thread "
                + "(rasterized and copied to the screen); Monocle headless, software rendering, window 1600 x 900, "
                + "10,000 cards");
        d.put("emptyPulse", "pulses at rest: the canvas asked to redraw with nothing changed (the cost of one frame "
                + "of the view), 300 frames at 100 %, 20 cards selected, the pointer over one");
        d.put("dragPulse", "pulses while the robot drags the 20 selected cards around a 120-pixel circle, one move "
                + "per frame, 300 frames; releaseMs is the frame of the drop (one move command)");
        d.put("panPulse", "pulses while the robot pans with the secondary button, 300 frames");
        d.put("zoomPulse", "pulses of one wheel notch each (10 % zoom), 100 frames");
        d.put("overview", "the same at the zoomed-out fit (cards drawn as blocks, a quarter of the plan in view)");
        return d;
    }
}
