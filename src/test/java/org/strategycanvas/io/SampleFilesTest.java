package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.testing.SchemaCheck;

/**
 * The shipped samples are canonical and valid. Run with {@code -Dsamples.regenerate=true} to rewrite them
 * after changing {@link SampleProjects}.
 */
class SampleFilesTest {

    private static final Path SAMPLE = Path.of("assets/samples/boulangerie-martin.strategy.json");

    @Test
    void theBakerySampleIsExactlyWhatTheWriterProduces() throws IOException {
        byte[] expected = new ProjectWriter().write(SampleProjects.boulangerieMartin());
        if (Boolean.getBoolean("samples.regenerate")) {
            Files.write(SAMPLE, expected);
        }
        assertArrayEquals(expected, Files.readAllBytes(SAMPLE));
    }

    @Test
    void theBakerySampleCoversEveryFamily() {
        Project p = SampleProjects.boulangerieMartin();
        assertEquals(Set.of(Family.values()), p.touchpoints().stream().map(Touchpoint::family).collect(Collectors.toSet()));
        assertEquals(4, p.zones().size());
        assertEquals(3, p.objectives().size());
    }

    @Test
    void everyProjectFileUnderAssetsMatchesTheSchemaAndReadsBack() throws Exception {
        List<Path> samples;
        try (Stream<Path> walk = Files.walk(Path.of("assets"))) {
            samples = walk.filter(f -> f.toString().endsWith(ProjectFormat.EXTENSION)).toList();
        }
        assertFalse(samples.isEmpty());
        for (Path sample : samples) {
            byte[] bytes = Files.readAllBytes(sample);
            SchemaCheck.assertValid(bytes);
            Project project = new ProjectFiles().open(sample).project();
            assertArrayEquals(bytes, new ProjectWriter().write(project), sample + " is canonical");
        }
    }
}
