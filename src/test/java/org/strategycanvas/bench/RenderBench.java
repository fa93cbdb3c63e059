package org.strategycanvas.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Bounds;
import org.strategycanvas.model.Link;
import org.strategycanvas.model.LinkKind;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.render.PlanGeometry;
import org.strategycanvas.render.PlanRenderer;
import org.strategycanvas.render.RecordingSurface;
import org.strategycanvas.render.RenderView;
import org.strategycanvas.render.TestPlans;

/**
 * Not a test: prints how long the renderer takes to draw a 10,000-card, 10,000-link plan onto a recording
 * surface (the renderer's own cost: culling, level of detail, layout, text fitting), for a frame showing
 * the whole plan and a frame at 100 %. Run after {@code mvn -o -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=cp.txt} with {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.strategycanvas.bench.RenderBench}; {@link FxRenderBench} runs the same way.
 */
public final class RenderBench {

    private static final int CARDS = 10_000;
    private static final int FRAMES = 200;

    private RenderBench() {
    }

    public static void main(String[] args) {
        Project plan = plan(new Random(42));
        PlanRenderer renderer = new PlanRenderer(new Messages(Locale.ENGLISH));
        Bounds all = PlanGeometry.contentBounds(plan).orElseThrow();
        double screenWidth = 1600;
        double screenHeight = 900;
        double fitScale = Math.min(screenWidth / all.width(), screenHeight / all.height());
        RenderView full = RenderView.of(new Bounds(all.x(), all.y(), screenWidth / fitScale, screenHeight / fitScale),
                fitScale).withGrid(true, 20);
        RenderView actual = RenderView.of(new Bounds(all.centerX(), all.centerY(), screenWidth, screenHeight), 1)
                .withGrid(true, 20);
        System.out.printf("plan: %d cards, %d links, %.0f x %.0f units%n", plan.touchpoints().size(),
                plan.links().size(), all.width(), all.height());
        measure("full view (scale " + String.format(Locale.ROOT, "%.3f", fitScale) + ")", renderer, plan, full);
        measure("100 % view", renderer, plan, actual);
    }

    private static void measure(String name, PlanRenderer renderer, Project plan, RenderView view) {
        RecordingSurface last = null;
        for (int i = 0; i < 50; i++) {
            last = new RecordingSurface();
            renderer.render(plan, view, last);
        }
        double[] ms = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            RecordingSurface surface = new RecordingSurface();
            long start = System.nanoTime();
            renderer.render(plan, view, surface);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-26s p50 %7.3f ms  p95 %7.3f ms  (%d shapes, %d texts per frame)%n", name,
                ms[FRAMES / 2], ms[FRAMES * 95 / 100], last.shapes(), last.texts.size());
    }

    /** Cards on a 100 x 100 grid with some jitter, each linked to a random other one. */
    static Project plan(Random random) {
        TouchpointType[] types = TouchpointType.values();
        List<Touchpoint> cards = new ArrayList<>(CARDS);
        for (int i = 0; i < CARDS; i++) {
            double x = (i % 100) * 240 + random.nextInt(20);
            double y = (i / 100) * 160 + random.nextInt(20);
            Touchpoint card = Touchpoint.create("tp-" + i, types[i % types.length], "Touchpoint number " + i, x, y);
            cards.add(i % 3 == 0 ? card.withBudget(BigDecimal.valueOf(100L * i)) : card);
        }
        LinkKind[] kinds = LinkKind.values();
        List<Link> links = new ArrayList<>(CARDS);
        for (int i = 0; i < CARDS; i++) {
            int to = random.nextDouble() < 0.8 ? Math.min(CARDS - 1, i + 1 + random.nextInt(3)) : random.nextInt(CARDS);
            links.add(new Link("ln-" + i, "tp-" + i, "tp-" + (to == i ? (i + 1) % CARDS : to), kinds[i % 3]));
        }
        return TestPlans.of(cards, List.of(), links, List.of(), List.of());
    }
}
