package org.strategycanvas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The app's first frame against a bare JavaFX window's, each in its own fresh JVM with the same flags and the same
 * {@link FirstFrameProbe}: the app through its real entry point ({@code Launcher} with a plan to open), the bare
 * window through {@link BareWindow}. One unmeasured start of each (JavaFX unpacks its natives, the system caches the
 * jars), then {@code runs} of each, alternated so that a busy moment of the machine falls on both; the medians.
 * On the X display when {@code DISPLAY} is set, headless Monocle otherwise.
 */
final class FirstFrames {

    private static final String APP_MAIN = "org.strategycanvas.app.Launcher";

    private final ChildJvm jvm;
    private final String display;

    private FirstFrames(ChildJvm jvm, String display) {
        this.jvm = jvm;
        this.display = display;
    }

    static FirstFrames forThisMachine(Path workDir) throws IOException {
        String display = onX11() ? "x11" : "monocle";
        List<String> flags = new ArrayList<>();
        flags.add("-Djavafx.preloader=" + FirstFrameProbe.class.getName());
        flags.add("-Dstrategycanvas.configDir=" + Files.createDirectories(workDir.resolve("config")).toAbsolutePath());
        flags.add("-Duser.language=en");
        if (!onX11()) {
            flags.add("-Dglass.platform=Monocle");
            flags.add("-Dmonocle.platform=Headless");
            flags.add("-Dheadless.geometry=1920x1080-32");
            flags.add("-Dprism.order=sw");
        }
        return new FirstFrames(new ChildJvm(flags, workDir.resolve("first-frames.log")), display);
    }

    private static boolean onX11() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    String display() {
        return display;
    }

    /**
     * Figures: the medians of the first frames (the app's and the bare window's), of the app's main window with the
     * plan (readyMs), and of the CPU time the app's process had used by then; every run; the flags and the rendering
     * pipeline the children used.
     */
    Map<String, Object> measure(Path plan, int runs) throws IOException, InterruptedException {
        String file = plan.toAbsolutePath().toString();
        jvm.run(APP_MAIN, file);
        jvm.run(BareWindow.Main.class.getName());
        List<Double> app = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> bareCpu = new ArrayList<>();
        String pipeline = "";
        for (int i = 0; i < runs; i++) {
            List<String> appLines = jvm.run(APP_MAIN, file);
            app.add(number(appLines, FirstFrameProbe.FIRST_FRAME));
            ready.add(number(appLines, FirstFrameProbe.READY));
            cpu.add(number(appLines, FirstFrameProbe.PROCESS_CPU));
            List<String> bareLines = jvm.run(BareWindow.Main.class.getName());
            bare.add(number(bareLines, FirstFrameProbe.FIRST_FRAME));
            bareCpu.add(number(bareLines, FirstFrameProbe.PROCESS_CPU));
            pipeline = ChildJvm.value(appLines, FirstFrameProbe.PIPELINE).orElse("");
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("firstFrameMs", Stats.ms(Stats.percentile(app, 50)));
        figures.put("bareFirstFrameMs", Stats.ms(Stats.percentile(bare, 50)));
        figures.put("readyMs", Stats.ms(Stats.percentile(ready, 50)));
        figures.put("readyCpuMs", Stats.ms(Stats.percentile(cpu, 50)));
        figures.put("bareCpuMs", Stats.ms(Stats.percentile(bareCpu, 50)));
        figures.put("firstFrameRuns", app);
        figures.put("readyRuns", ready);
        figures.put("bareFirstFrameRuns", bare);
        figures.put("pipeline", pipeline);
        figures.put("jvmFlags", String.join(" ", jvm.flags()));
        return figures;
    }

    private static double number(List<String> lines, String key) throws IOException {
        return Double.parseDouble(ChildJvm.value(lines, key)
                .orElseThrow(() -> new IOException("no " + key + " reported: " + lines)));
    }
}
