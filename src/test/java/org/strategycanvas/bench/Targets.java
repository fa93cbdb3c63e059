package org.strategycanvas.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The targets of issue 6 for the scale benchmark, checked against its figures, and what each figure means. */
final class Targets {

    static final Map<String, String> DEFINITIONS = definitions();

    private Targets() {
    }

    static Map<String, Object> check(Map<String, Object> figures) {
        double drag = number(figures, "dragPulseP95Ms");
        double empty = number(figures, "emptyPulseP95Ms");
        double open = number(figures, "openMs");
        double raw = number(figures, "rawParseMs");
        double heap = number(figures, "heapMb");
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("dragPulseP95Ms <= 16", drag <= 16);
        targets.put("dragPulseP95Ms <= 2 x emptyPulseP95Ms", drag <= 2 * empty);
        targets.put("openMs <= 2 x rawParseMs (the first frame, firstFrameMs, comes on top)", open <= 2 * raw);
        targets.put("heapMb <= 250", heap <= 250);
        return targets;
    }

    private static double number(Map<String, Object> figures, String key) {
        return ((Number) figures.get(key)).doubleValue();
    }

    private static Map<String, String> definitions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("rawParseMs", "plain Jackson readTree of the file (new ObjectMapper(), file read included): best of 10 "
                + "after 5 warm-ups");
        d.put("openMs", "ProjectFiles.open, as File > Open does (read, strict checks, migration, model, rules): best "
                + "of 10 after 5 warm-ups");
        d.put("firstFrameMs", "the opened plan handed to the canvas (Editor.reset, fit to content) until its first "
                + "frame is rendered; once, in a fresh window");
        d.put("heapMb", "used heap after System.gc() with the plan shown in the window");
        d.put("pulse", "one frame, measured alone: the input event's handling on the JavaFX thread (scene filter to "
                + "scene handler) plus the pulse that follows, from its start (an animation timer that runs before the "
                + "canvas's painter) to JavaFX's frame-rendered notification from the render thread (rasterized and "
                + "copied to the screen); Monocle headless, software rendering, window 1600 x 900");
        d.put("emptyPulse", "pulses at rest: the canvas asked to redraw with nothing changed (the cost of one frame of "
                + "the view), 300 frames at 100 %, 20 cards selected, the pointer over one");
        d.put("dragPulse", "pulses while the robot drags the 20 selected cards around a 120-pixel circle, one move "
                + "per frame, 300 frames; releaseMs is the frame of the drop (one move command)");
        d.put("panPulse", "pulses while the robot pans with the secondary button, 300 frames");
        d.put("zoomPulse", "pulses of one wheel notch each (10 % zoom), 100 frames");
        d.put("overview", "the same at the zoomed-out fit (cards drawn as blocks, a quarter of the plan in view)");
        return d;
    }
}
