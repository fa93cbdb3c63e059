package org.strategycanvas.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import javafx.print.Printer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strategycanvas.export.CanvasExport;
import org.strategycanvas.export.ExportProgress;
import org.strategycanvas.export.Pages;
import org.strategycanvas.export.Paper;
import org.strategycanvas.export.document.PlanDocument;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Project;
import org.strategycanvas.ui.print.PagePrinter;
import org.testfx.api.FxToolkit;

/**
 * Prints the sample plan through JavaFX printing to a real CUPS queue, "PDF" (cups-pdf), the way the app's
 * Print button does, and reads back the PDF that CUPS made: its page count, its paper, and ink where the
 * plan should be. JavaFX printing works under Monocle headless (the failsafe run's settings), so no display
 * is needed. Without the queue the test is skipped, saying why, except in CI (CI=true), where .ci/run
 * installs it: there a missing queue fails.
 */
class CupsPrintIT {

    private static final String QUEUE = "PDF";
    private static final Path SAMPLE = Path.of("assets", "samples", "boulangerie-martin.strategy.json");
    /** How long CUPS and cups-pdf may take to turn a job into a file. */
    private static final long WAIT_MILLIS = 60_000;
    private static final double MM = Paper.POINTS_PER_MM;
    /** The resolution the printed pages are looked at. */
    private static final int DPI = 72;

    private static Optional<Printer> found;
    private Printer queue;

    @BeforeAll
    static void findTheQueue() throws Exception {
        FxToolkit.registerPrimaryStage();
        found = Printer.getAllPrinters().stream().filter(p -> p.getName().equals(QUEUE)).findFirst();
    }

    /** Skipped, saying why, without the queue; failed in CI, where .ci/run sets it up. */
    @BeforeEach
    void needTheQueue() {
        String missing = "no CUPS queue named " + QUEUE + " (cups-pdf) on this machine; set it up as the README's "
                + "\"Run the tests\" or .ci/run does to run this test";
        if (found.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI: " + missing + " (.ci/run should have set it up)");
        }
        assumeTrue(found.isPresent(), missing);
        queue = found.get();
    }

    private static Project sample() throws Exception {
        return new ProjectFiles().open(SAMPLE).project();
    }

    @Test
    void theSampleCanvasPrintsOnOneA4LandscapePageScaledToFitInsideTheMargins() throws Exception {
        Paper paper = Paper.of(Paper.Size.A4, true);
        Pages pages = new CanvasExport(new Messages(Locale.ENGLISH)).onePage(sample(), paper);
        String job = "strategycanvasonepage" + System.nanoTime();
        assertTrue(PagePrinter.print(queue, pages, job, ExportProgress.NONE, () -> false), "the job went through");

        Path pdf = awaitPrinted(job);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages(), pdf.toString());
            assertA4(document.getPage(0).getMediaBox());
            Ink ink = Ink.of(new PDFRenderer(document).renderImageWithDPI(0, DPI));
            // The plan is wider than tall: fitted to the 277 mm the sheet has inside its 10 mm margins, its ink
            // spans most of that, and nothing touches the paper's edge (the footer sits 5 mm from it). CUPS
            // may hand a landscape page over on upright paper, turned: the checks hold either way.
            assertTrue(ink.share() > 0.05, "the page is not blank: " + ink);
            assertTrue(Math.max(ink.widthMm(), ink.heightMm()) > 250, "the plan is scaled to the sheet: " + ink);
            assertTrue(ink.clearOfEdgesMm(document.getPage(0).getMediaBox()) >= 3,
                    "nothing cut at the paper's edge: " + ink);
        }
    }

    /** A4, whichever way up CUPS put it. */
    private static void assertA4(PDRectangle sheet) {
        assertEquals(210 * MM, Math.min(sheet.getWidth(), sheet.getHeight()), 2, "A4");
        assertEquals(297 * MM, Math.max(sheet.getWidth(), sheet.getHeight()), 2, "A4");
    }

    @Test
    void aPosterOfTwoByTwoSheetsPrintsItsMapAndFourSheetsInOneJob() throws Exception {
        Paper paper = Paper.of(Paper.Size.A4, false);
        Pages pages = new CanvasExport(new Messages(Locale.ENGLISH)).poster(sample(), paper, 2, 2);
        String job = "strategycanvasposter" + System.nanoTime();
        assertTrue(PagePrinter.print(queue, pages, job, ExportProgress.NONE, () -> false));

        Path pdf = awaitPrinted(job);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(5, document.getNumberOfPages(), "the assembly map, then the four sheets");
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < 5; i++) {
                assertA4(document.getPage(i).getMediaBox());
                Ink ink = Ink.of(renderer.renderImageWithDPI(i, DPI));
                assertTrue(ink.share() > 0.005, "page " + (i + 1) + " has ink: " + ink);
                if (i > 0) {
                    // Each sheet's cut and alignment marks run from 2 pt (0.7 mm) off the paper's edge into its
                    // margins, on all four sides: found there, the sheet printed at 100 %, not shrunk or shifted.
                    assertTrue(ink.farthestFromEdgesMm(document.getPage(i).getMediaBox()) < 1.5,
                            "page " + (i + 1) + " printed at its true size: " + ink);
                }
            }
        }
    }

    @Test
    void thePlanDocumentPrintsEveryPageInFrench() throws Exception {
        Paper paper = PlanDocument.paper(Paper.Size.A4, false);
        Pages pages = new PlanDocument(new Messages(Locale.FRENCH)).pages(sample(), paper, LocalDate.of(2026, 3, 2));
        String job = "strategycanvasplan" + System.nanoTime();
        assertTrue(PagePrinter.print(queue, pages, job, ExportProgress.NONE, () -> false));

        Path pdf = awaitPrinted(job);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(pages.count(), document.getNumberOfPages(), "every page of the document, once");
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                assertA4(document.getPage(i).getMediaBox());
                Ink ink = Ink.of(renderer.renderImageWithDPI(i, DPI));
                assertTrue(ink.share() > 0.002, "page " + (i + 1) + " has ink: " + ink);
                assertTrue(ink.clearOfEdgesMm(document.getPage(i).getMediaBox()) >= 3,
                        "page " + (i + 1) + ": nothing cut at the paper's edge: " + ink);
            }
        }
    }

    /** The PDF cups-pdf made of the job, once complete; fails after a minute. */
    private static Path awaitPrinted(String job) throws InterruptedException {
        List<Path> folders = CupsPdfOutput.folders();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            for (Path folder : folders) {
                Optional<Path> done = complete(folder, job);
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(250);
        }
        return fail("no PDF of the job " + job + " appeared in " + folders + " within a minute; is cupsd running "
                + "and is cups-bsd installed (Java hands its jobs to lpr)?");
    }

    /** The job's file in the folder, if it is there and reads as a whole PDF (cups-pdf writes it in place). */
    private static Optional<Path> complete(Path folder, String job) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().contains(job)).toList()) {
                try (PDDocument document = Loader.loadPDF(file.toFile())) {
                    if (document.getNumberOfPages() > 0) {
                        return Optional.of(file);
                    }
                } catch (IOException stillBeingWritten) {
                    // try again on the next round
                }
            }
        } catch (IOException unreadableFolder) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Where a rendered page has ink (pixels clearly darker than white), in pixels. */
    private record Ink(int left, int top, int right, int bottom, double share) {

        static Ink of(BufferedImage image) {
            int left = image.getWidth();
            int top = image.getHeight();
            int right = -1;
            int bottom = -1;
            long inked = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xFF;
                    int g = (rgb >> 8) & 0xFF;
                    int b = rgb & 0xFF;
                    if (r + g + b < 3 * 235) {
                        inked++;
                        left = Math.min(left, x);
                        top = Math.min(top, y);
                        right = Math.max(right, x + 1);
                        bottom = Math.max(bottom, y + 1);
                    }
                }
            }
            return new Ink(left, top, right, bottom, inked / (double) (image.getWidth() * image.getHeight()));
        }

        double widthMm() {
            return Math.max(0, right - left) * 25.4 / DPI;
        }

        double heightMm() {
            return Math.max(0, bottom - top) * 25.4 / DPI;
        }

        /** The smallest blank strip between the ink and an edge of the paper, in millimetres. */
        double clearOfEdgesMm(PDRectangle paper) {
            return strips(paper).min().orElseThrow() * 25.4 / DPI;
        }

        /** The widest blank strip between the ink and an edge of the paper, in millimetres. */
        double farthestFromEdgesMm(PDRectangle paper) {
            return strips(paper).max().orElseThrow() * 25.4 / DPI;
        }

        private DoubleStream strips(PDRectangle paper) {
            double paperRight = paper.getWidth() / 72 * DPI;
            double paperBottom = paper.getHeight() / 72 * DPI;
            return DoubleStream.of(left, top, paperRight - right, paperBottom - bottom);
        }
    }
}
