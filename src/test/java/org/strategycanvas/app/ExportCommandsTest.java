package org.strategycanvas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategycanvas.io.ProjectFiles;

/** export-pdf and export-png: a line and exit 0 when done; one plain line, exit 1 and no file otherwise. */
class ExportCommandsTest {

    private static final String SAMPLE = "assets/samples/boulangerie-martin.strategy.json";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Locale locale, String... args) {
        return new Cli(new ProjectFiles(), locale).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> filesInDir() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheCanvasOnOnePage() throws Exception {
        Path pdf = dir.resolve("canvas.pdf");
        assertEquals(0, run("export-pdf", SAMPLE, pdf.toString(), "--paper", "a3", "--landscape"), err());
        assertEquals(pdf + ": the canvas on one page, A3 landscape.\n", out());
        assertEquals("", err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(1190.55, document.getPage(0).getMediaBox().getWidth(), 0.01);
        }
        assertEquals(List.of("canvas.pdf"), filesInDir(), "no temporary file is left");
    }

    @Test
    void writesAPosterInFrench() throws Exception {
        Path pdf = dir.resolve("affiche.pdf");
        assertEquals(0, run(Locale.FRENCH, "export-pdf", SAMPLE, pdf.toString(), "--poster", "3x2", "--paper",
                "Letter"), err());
        assertEquals(pdf + " : une affiche de 3 × 2 feuilles, Letter portrait, après son plan d'assemblage (7 pages).\n",
                out());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(7, document.getNumberOfPages());
            assertEquals(612, document.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    @Test
    void whatPosterWithoutASizeMakesTwoByTwo() {
        assertEquals(0, run("export-pdf", SAMPLE, dir.resolve("p.pdf").toString(), "--what", "poster"), err());
        assertTrue(out().contains("a poster of 2 × 2 sheets, A4 portrait, after its assembly map (5 pages)"), out());
    }

    @Test
    void writesAPngAtTheResolutionAsked() throws Exception {
        Path png = dir.resolve("canvas.png");
        assertEquals(0, run("export-png", SAMPLE, png.toString(), "--dpi", "150"), err());
        // 1928 × 1118 canvas units at 150 / 96 pixels each: see CanvasExportTest.
        assertEquals(png + ": 3013 × 1747 pixels at 150 dpi.\n", out());
        assertTrue(Files.size(png) > 10_000);
        assertEquals(0, run("export-png", SAMPLE, dir.resolve("screen.png").toString()), err());
        assertTrue(out().contains("1928 × 1118 pixels at 96 dpi"), out());
    }

    @Test
    void aBadPaperIsOnePlainLineAndNoFile() throws Exception {
        assertRefused("Unknown paper size “A5”: use A4, Letter or A3.",
                "export-pdf", SAMPLE, dir.resolve("x.pdf").toString(), "--paper", "A5");
    }

    @Test
    void anUnreadableProjectIsOnePlainLineAndNoFile() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.strategy.json"), new byte[] {1, 2, 0, (byte) 0xff});
        assertEquals(1, run("export-pdf", garbage.toString(), dir.resolve("x.pdf").toString()));
        assertOneLine(garbage + ": The file garbage.strategy.json");
        assertEquals(List.of("garbage.strategy.json"), filesInDir());
        err.reset();
        assertEquals(1, run("export-png", dir.resolve("missing.strategy.json").toString(),
                dir.resolve("x.png").toString()));
        assertOneLine(dir.resolve("missing.strategy.json") + ": ");
        assertEquals(List.of("garbage.strategy.json"), filesInDir());
    }

    @Test
    void writesThePlanDocumentOnManyPages() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        assertEquals(0, run("export-pdf", SAMPLE, pdf.toString(), "--what", "plan"), err());
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
            assertEquals(595.28, document.getPage(0).getMediaBox().getWidth(), 0.01, "A4 portrait by default");
        }
        assertTrue(pages > 3, pages + " pages");
        assertEquals(pdf + ": the plan document, " + pages + " pages, A4 portrait.\n", out());
        assertEquals("", err());
    }

    @Test
    void writesThePlanDocumentInLandscapeLetterAndAsOnePngPerPage() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        assertEquals(0, run("export-pdf", SAMPLE, pdf.toString(), "--what", "plan", "--paper", "letter",
                "--landscape"), err());
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
            assertEquals(792, document.getPage(pages - 1).getMediaBox().getWidth(), 0.01);
            assertEquals(612, document.getPage(pages - 1).getMediaBox().getHeight(), 0.01);
        }
        out.reset();
        Path png = dir.resolve("plan.png");
        assertEquals(0, run("export-png", SAMPLE, png.toString(), "--what", "plan", "--paper", "letter",
                "--landscape", "--dpi", "30"), err());
        // Letter landscape at 30 dpi: 792 × 30 / 72 = 330 by 612 × 30 / 72 = 255 pixels.
        assertEquals(pages + " PNG images, " + dir.resolve("plan-1.png") + " to " + dir.resolve("plan-" + pages
                + ".png") + ": 330 × 255 pixels at 30 dpi.\n", out());
        for (int i = 1; i <= pages; i++) {
            BufferedImage image = ImageIO.read(dir.resolve("plan-" + i + ".png").toFile());
            assertEquals(330, image.getWidth());
            assertEquals(255, image.getHeight());
        }
        assertFalse(Files.exists(png), "no image under the name given: the pages are numbered");
    }

    @Test
    void thePlanDocumentTakesNoPosterSize() throws Exception {
        assertRefused("The option --poster goes with --what poster.",
                "export-pdf", SAMPLE, dir.resolve("x.pdf").toString(), "--what", "plan", "--poster", "2x2");
        assertRefused("Unknown kind of export “brochure”: use canvas, poster or plan.",
                "export-png", SAMPLE, dir.resolve("x.png").toString(), "--what", "brochure");
    }

    @Test
    void wrongOptionsAreOnePlainLineEach() throws Exception {
        String out = dir.resolve("x.pdf").toString();
        assertRefused("“13x1” is not a poster size: give columns and rows as CxR, from 1x1 to 12x12 (for example 2x2).",
                "export-pdf", SAMPLE, out, "--poster", "13x1");
        assertRefused("The option --poster goes with --what poster.",
                "export-pdf", SAMPLE, out, "--what", "canvas", "--poster", "2x2");
        assertRefused("The option --paper needs a value; run strategy-canvas --help to see how to use it.",
                "export-pdf", SAMPLE, out, "--paper");
        assertRefused("Unknown option “--dpi” for export-pdf; run strategy-canvas --help to see how to use it.",
                "export-pdf", SAMPLE, out, "--dpi", "300");
        assertRefused("“many” is not a resolution: give a whole number of dots per inch, for example --dpi 150.",
                "export-png", SAMPLE, dir.resolve("x.png").toString(), "--dpi", "many");
        assertRefused(SAMPLE + ": The resolution must be between 24 and 1200 dpi (2400 was given).",
                "export-png", SAMPLE, dir.resolve("x.png").toString(), "--dpi", "2400");
        assertRefused("The command export-pdf needs a project file and an output file; run strategy-canvas --help to "
                + "see how to use it.", "export-pdf", SAMPLE);
    }

    @Test
    void neverWritesOverTheProjectItself() throws Exception {
        Path project = Files.copy(Path.of(SAMPLE), dir.resolve("plan.strategy.json"));
        byte[] before = Files.readAllBytes(project);
        assertEquals(1, run("export-pdf", project.toString(), project.toString()));
        assertOneLine("The output " + project + " is the project file itself; choose another name.");
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(project));
    }

    @Test
    void aFolderThatDoesNotExistIsOnePlainLine() throws Exception {
        Path target = dir.resolve("nowhere").resolve("x.pdf");
        assertEquals(1, run("export-pdf", SAMPLE, target.toString()));
        assertOneLine(SAMPLE + ": The file " + target + " could not be written.");
        assertFalse(Files.exists(dir.resolve("nowhere")));
    }

    @Test
    void helpListsTheExportCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("\n  strategy-canvas export-pdf FILE OUT.pdf [--what canvas|poster|plan]"), out());
        assertTrue(out().contains("strategy-canvas export-png FILE OUT.png [--dpi N] [--what canvas|poster|plan]"),
                out());
        assertTrue(out().contains("OUT-1.png, OUT-2.png"), out());
    }

    private void assertRefused(String line, String... args) throws IOException {
        err.reset();
        List<String> before = filesInDir();
        assertEquals(1, run(args), err());
        assertEquals(line + "\n", err());
        assertEquals(before, filesInDir(), "nothing is written");
    }

    private void assertOneLine(String start) {
        String text = err();
        assertEquals(1, text.strip().lines().count(), text);
        assertTrue(text.startsWith(start), text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), text);
    }
}
