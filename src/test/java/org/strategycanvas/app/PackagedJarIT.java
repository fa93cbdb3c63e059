package org.strategycanvas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar that `mvn package` builds runs its subcommands headless, in a JVM of its own. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "strategy-canvas.jar");

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.language=en", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        assertTrue(done, "the jar answered within a minute");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void validatesTheSamplePlan() throws Exception {
        Path sample = Path.of("assets", "samples", "boulangerie-martin.strategy.json");
        Run run = run("validate", sample.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(sample + ": ok", run.out().strip());
    }

    @Test
    void refusesABrokenFileInOnePlainLine(@TempDir Path folder) throws Exception {
        Path broken = folder.resolve("broken.strategy.json");
        Files.writeString(broken, "{\"format\": \"strategy-canvas\", \"schemaVersion\": 1,");
        Run run = run("validate", broken.toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith(broken + ": "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void exportsTheCanvasAsPdfAndPngWithoutADisplay(@TempDir Path folder) throws Exception {
        Path sample = Path.of("assets", "samples", "boulangerie-martin.strategy.json");
        Path pdf = folder.resolve("canvas.pdf");
        Run run = run("export-pdf", sample.toString(), pdf.toString(), "--paper", "A4", "--landscape");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        Path png = folder.resolve("canvas.png");
        run = run("export-png", sample.toString(), png.toString(), "--dpi", "150");
        assertEquals(0, run.exit(), run.err());
        // "×" is left out: the console's encoding depends on the machine's locale.
        assertTrue(run.out().strip().startsWith(png + ": 3013 "), run.out());
        assertTrue(run.out().strip().endsWith(" 1747 pixels at 150 dpi."), run.out());
        assertEquals("", run.err(), "PDFBox and FontBox say nothing on the console");
    }

    @Test
    void printsItsVersion() throws Exception {
        Run run = run("--version");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s).*\\d+\\.\\d+\\.\\d+.*"), run.out());
    }
}
