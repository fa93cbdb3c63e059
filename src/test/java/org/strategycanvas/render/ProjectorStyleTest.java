package org.strategycanvas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Frame;
import org.strategycanvas.model.Frames;
import org.strategycanvas.model.Project;

/**
 * The projector's look keeps every text at 24 screen pixels or more on a 1080p screen, in every frame of the
 * French sample plan, at the zoom that fits the frame; the editor's look at the same zoom does not.
 */
class ProjectorStyleTest {

    private static final double WIDTH = 1920;
    private static final double HEIGHT = 1080;
    private final PlanRenderer renderer = new PlanRenderer(new Messages(Locale.FRENCH));

    private static Project sample() throws Exception {
        return new ProjectFiles().open(Path.of("assets/samples/boulangerie-martin.strategy.json")).project();
    }

    /** A frame as the presentation shows it on a 1080p screen, read on a day when some objectives lag. */
    private RecordingSurface draw(Project plan, Frame frame, RenderStyle style) {
        RenderView view = Fitting.view(frame.bounds(), WIDTH, HEIGHT, Fitting.FRAME_MAX_SCALE)
                .withToday(LocalDate.of(2025, 6, 30)).withStyle(style);
        RecordingSurface surface = new RecordingSurface();
        renderer.render(plan, view, surface);
        return surface;
    }

    private static double smallestOnScreen(RecordingSurface surface, Frame frame) {
        double scale = Fitting.view(frame.bounds(), WIDTH, HEIGHT, Fitting.FRAME_MAX_SCALE).scale();
        return surface.textStyles.stream().mapToDouble(t -> t.size() * scale).min().orElse(Double.NaN);
    }

    @Test
    void everyTextOfEveryFrameIsAtLeast24PixelsOnAProjector() throws Exception {
        Project plan = sample();
        List<Frame> frames = Frames.of(plan);
        assertEquals(1 + 4 + 6 + 3, frames.size(), "the canvas, four stages, six families, three objectives");
        for (Frame frame : frames) {
            RecordingSurface surface = draw(plan, frame, RenderStyle.projector(HEIGHT));
            assertFalse(surface.texts.isEmpty(), frame.key() + " shows some text");
            double smallest = smallestOnScreen(surface, frame);
            assertTrue(smallest >= 24 - 1e-9, frame.key() + ": a text of " + smallest + " px in " + surface.texts);
        }
    }

    @Test
    void aStageFrameShowsItsZoneAndItsCardsLabels() throws Exception {
        Project plan = sample();
        Frame stage = Frames.of(plan).get(1);
        assertEquals("Découverte", stage.name());
        List<String> texts = draw(plan, stage, RenderStyle.projector(HEIGHT)).texts;
        assertTrue(texts.contains("Découverte"), texts.toString());
        for (String label : List.of("Instagram : le fournil en coulisses", "Référencement local Google",
                "Publicités Facebook autour du quartier", "Bouche-à-oreille")) {
            assertTrue(texts.stream().map(t -> t.replace("…", "")).anyMatch(t -> t.length() >= 6 && label.startsWith(t)),
                    "the start of " + label + " in " + texts);
        }
    }

    @Test
    void theEditorsLookAtTheSameZoomHasSmallerText() throws Exception {
        Project plan = sample();
        Frame stage = Frames.of(plan).get(1);
        double smallest = smallestOnScreen(draw(plan, stage, RenderStyle.EDITOR), stage);
        assertTrue(smallest < 24, "the editor's cards would be unreadable from afar: " + smallest + " px");
    }

    @Test
    void theSmallestTextIsInProportionToTheScreensHeight() {
        assertEquals(24, RenderStyle.projector(1080).minText());
        assertEquals(16, RenderStyle.projector(720).minText(), "the same height on the wall on a 720p projector");
        assertEquals(48, RenderStyle.projector(2160).minText());
        // 24 px at a scale of 0.8 is 30 canvas units; a 12-unit size stays 30, a 40-unit size stays 40.
        assertEquals(30, RenderStyle.projector(1080).textSize(12, 0.8), 1e-9);
        assertEquals(40, RenderStyle.projector(1080).textSize(40, 0.8), 1e-9);
        assertEquals(12, RenderStyle.EDITOR.textSize(12, 0.8), 1e-9);
    }
}
