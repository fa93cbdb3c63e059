package org.strategycanvas.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Project;
import org.strategycanvas.render.PlanGeometry;
import org.strategycanvas.render.PlanRenderer;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.ui.canvas.FxSurface;

/**
 * Not a test: the same 10,000-card plan drawn onto a real 1600 x 900 JavaFX canvas through {@link FxSurface},
 * headless (Monocle, software pipeline). "draw" is the renderer filling the canvas's command buffer;
 * "draw + raster" adds a snapshot, which makes JavaFX rasterize the frame.
 */
public final class FxRenderBench {

    private static final int FRAMES = 60;

    private FxRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
        Platform.exit();
    }

    private static void run() {
        Project plan = RenderBench.plan(new Random(42));
        PlanRenderer renderer = new PlanRenderer(new Messages(Locale.ENGLISH));
        Canvas canvas = new Canvas(1600, 900);
        FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
        Bounds all = PlanGeometry.contentBounds(plan).orElseThrow();
        double fit = Math.min(1600 / all.width(), 900 / all.height());
        RenderView full = RenderView.of(new Bounds(all.x(), all.y(), 1600 / fit, 900 / fit), fit).withGrid(true, 20);
        RenderView actual = RenderView.of(new Bounds(all.centerX(), all.centerY(), 1600, 900), 1).withGrid(true, 20);
        measure("full view", renderer, plan, full, canvas, surface);
        measure("100 % view", renderer, plan, actual, canvas, surface);
    }

    private static void measure(String name, PlanRenderer renderer, Project plan, RenderView view, Canvas canvas,
                                FxSurface surface) {
        WritableImage image = new WritableImage(1600, 900);
        double[] draw = new double[FRAMES];
        double[] raster = new double[FRAMES];
        for (int i = -10; i < FRAMES; i++) {
            long start = System.nanoTime();
            canvas.getGraphicsContext2D().clearRect(0, 0, 1600, 900);
            renderer.render(plan, view, surface);
            long drawn = System.nanoTime();
            canvas.snapshot(null, image);
            long rasterized = System.nanoTime();
            if (i >= 0) {
                draw[i] = (drawn - start) / 1e6;
                raster[i] = (rasterized - start) / 1e6;
            }
        }
        Arrays.sort(draw);
        Arrays.sort(raster);
        System.out.printf(Locale.ROOT, "%-11s draw p50 %7.2f ms p95 %7.2f ms | draw + raster p50 %7.2f ms p95 %7.2f ms%n",
                name, draw[FRAMES / 2], draw[FRAMES * 95 / 100], raster[FRAMES / 2], raster[FRAMES * 95 / 100]);
    }
}
