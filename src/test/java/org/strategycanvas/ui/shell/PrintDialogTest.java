package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.app.Settings;
import org.strategycanvas.export.CanvasExport;
import org.strategycanvas.export.Paper;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.print.Printers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Print in the real window, with the sample plan: Ctrl+P, the kinds of print and their page counts,
 * the paper changing the preview, exporting the previewed pages as a PDF and the canvas as a PNG, and the
 * plain offer of a PDF when no printer is installed. The printers are given (none) so that the test does
 * not depend on the machine, except where it says so.
 */
@ExtendWith(ApplicationExtension.class)
class PrintDialogTest {

    private static final Path SAMPLE = Path.of("assets", "samples", "boulangerie-martin.strategy.json");
    private static final double A4_LONG = 297 * Paper.POINTS_PER_MM;
    private static final double A4_SHORT = 210 * Paper.POINTS_PER_MM;

    private final QueuedFileDialogs dialogs = new QueuedFileDialogs();
    private AppWindow window;
    private Stage stage;
    private Path folder;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        folder = Files.createTempDirectory("strategy-canvas-print");
        window = new AppWindow(stage, Settings.in(folder.resolve("config")), dialogs, Printers.none(),
                Locale.ENGLISH);
        window.show();
    }

    private void openSample(FxRobot robot) {
        robot.interact(() -> assertTrue(window.openFile(SAMPLE.toAbsolutePath())));
    }

    /** Ctrl+P: the dialog waits for an answer inside the key's event, so the test does not wait with it. */
    private void pressCtrlP(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static Window dialogWindow(FxRobot robot) {
        return robot.lookup("#print-preview").query().getScene().getWindow();
    }

    private static void waitForFile(Path file) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void ctrlPOpensThePrintDialogOnTheCanvasFittedToOnePage(FxRobot robot) {
        openSample(robot);
        pressCtrlP(robot);
        Window dialog = dialogWindow(robot);
        assertTrue(dialog.isShowing());
        assertEquals("Print", ((Stage) dialog).getTitle());
        assertEquals("1 page", text(robot, "#print-page-count"));
        assertEquals("Page 1 of 1", text(robot, "#print-page"));
        assertEquals("A4 landscape, 297 \u00d7 210 mm", text(robot, "#print-sheet"),
                "the sample is wider than tall: the sheet is turned to match");
        assertTrue(robot.lookup("#print-next").queryButton().isDisabled());
        robot.clickOn("#print-cancel");
        assertFalse(dialog.isShowing(), "Cancel closes the dialog");
    }

    @Test
    void aPosterOfTwoByTwoSheetsPreviewsItsMapAndFourSheets(FxRobot robot) {
        openSample(robot);
        pressCtrlP(robot);
        robot.clickOn("#print-kind-poster");
        assertEquals("5 pages", text(robot, "#print-page-count"), "the assembly map, then 2 × 2 sheets");
        assertEquals("Page 1 of 5", text(robot, "#print-page"));
        @SuppressWarnings("unchecked")
        Spinner<Integer> columns = robot.lookup("#print-columns").queryAs(Spinner.class);
        robot.clickOn(columns.lookup(".increment-arrow-button"));
        assertEquals("7 pages", text(robot, "#print-page-count"), "3 × 2 sheets and the map");
        robot.clickOn(columns.lookup(".decrement-arrow-button"));
        assertEquals("5 pages", text(robot, "#print-page-count"));
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#print-next");
        }
        assertEquals("Page 5 of 5", text(robot, "#print-page"));
        assertTrue(robot.lookup("#print-next").queryButton().isDisabled());
        robot.clickOn("#print-kind-canvas");
        assertEquals("Page 1 of 1", text(robot, "#print-page"), "back to one page, the page shown follows");
        robot.clickOn("#print-cancel");
    }

    @Test
    void switchingFromA4ToA3ChangesThePreview(FxRobot robot) {
        openSample(robot);
        pressCtrlP(robot);
        Node preview = robot.lookup("#print-preview").query();
        int[] before = pixels(robot, preview);
        @SuppressWarnings("unchecked")
        ComboBox<Paper.Size> paper = robot.lookup("#print-paper").queryAs(ComboBox.class);
        robot.clickOn(paper);
        robot.clickOn("A3 (297 \u00d7 420 mm)");
        assertEquals(Paper.Size.A3, paper.getValue());
        assertEquals("A3 landscape, 420 \u00d7 297 mm", text(robot, "#print-sheet"));
        assertFalse(Arrays.equals(before, pixels(robot, preview)),
                "the same 10 mm margins take less of an A3 sheet: the plan is drawn larger on it");
        robot.clickOn("#print-portrait");
        assertEquals("A3 portrait, 297 \u00d7 420 mm", text(robot, "#print-sheet"));
        robot.clickOn("#print-cancel");
    }

    private static int[] pixels(FxRobot robot, Node node) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        PixelReader reader = image[0].getPixelReader();
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        int[] argb = new int[width * height];
        reader.getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    @Test
    void exportingThePreviewedPosterWritesAPdfOfItsFivePages(FxRobot robot) throws Exception {
        openSample(robot);
        pressCtrlP(robot);
        robot.clickOn("#print-kind-poster");
        Path pdf = folder.resolve("poster.pdf");
        dialogs.willAnswer(pdf);
        robot.clickOn("#print-export-pdf");
        waitForFile(pdf);
        assertEquals(5, pageCount(pdf), "the assembly map and the 2 × 2 sheets, as previewed");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDRectangle sheet = document.getPage(1).getMediaBox();
            assertEquals(A4_LONG, sheet.getWidth(), 0.5, "A4 landscape, as chosen");
            assertEquals(A4_SHORT, sheet.getHeight(), 0.5);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".part")).count(),
                    "no temporary file left beside the export");
        }
    }

    @Test
    void withNoPrinterTheDialogSaysSoAndOffersThePdfInstead(FxRobot robot) throws Exception {
        openSample(robot);
        pressCtrlP(robot);
        Label none = robot.lookup("#print-no-printer").queryAs(Label.class);
        assertTrue(none.isVisible());
        assertEquals("No printer is installed on this computer. You can export the pages as a PDF, then print it "
                + "from another computer or at a print shop.", none.getText());
        assertTrue(robot.lookup("#print-print").tryQuery().isEmpty(), "no Print button without a printer");
        Button export = robot.lookup("#print-export-pdf").queryButton();
        assertEquals("Export as PDF\u2026", export.getText());
        assertTrue(export.isDefaultButton(), "Enter exports the PDF");
        Path pdf = folder.resolve("canvas.pdf");
        dialogs.willAnswer(pdf);
        robot.push(KeyCode.ENTER);
        waitForFile(pdf);
        assertEquals(1, pageCount(pdf));
    }

    @Test
    void exportAsPdfFromTheMenuOffersTheSameChoicesWithoutAPrinter(FxRobot robot) throws Exception {
        openSample(robot);
        Platform.runLater(() -> window.window().printing().exportPdf());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Export as PDF", ((Stage) dialogWindow(robot)).getTitle());
        assertTrue(robot.lookup("#print-printer").tryQuery().isEmpty(), "no printer to choose for a file");
        assertTrue(robot.lookup("#print-no-printer").tryQuery().isEmpty(), "nor a word about printers");
        robot.clickOn("#print-kind-poster");
        @SuppressWarnings("unchecked")
        Spinner<Integer> rows = robot.lookup("#print-rows").queryAs(Spinner.class);
        robot.clickOn(rows.lookup(".decrement-arrow-button"));
        assertEquals("3 pages", text(robot, "#print-page-count"), "2 × 1 sheets and the map");
        Button export = robot.lookup("#print-export-pdf").queryButton();
        assertEquals("Export\u2026", export.getText());
        Path pdf = folder.resolve("strip.pdf");
        dialogs.willAnswer(pdf);
        robot.clickOn(export);
        waitForFile(pdf);
        assertEquals(3, pageCount(pdf));
    }

    @Test
    void thePlanDocumentIsPreviewedPageByPage(FxRobot robot) {
        openSample(robot);
        pressCtrlP(robot);
        robot.clickOn("#print-kind-planDocument");
        Label problem = robot.lookup("#print-problem").queryAs(Label.class);
        assertFalse(problem.isVisible(), problem.getText());
        // The sample's document on A4 has a cover, the brief, objectives, touchpoints, mix, timeline, scenarios.
        String count = text(robot, "#print-page-count");
        assertTrue(count.matches("\\d+ pages") && Integer.parseInt(count.split(" ")[0]) >= 5, count);
        assertFalse(robot.lookup("#print-export-pdf").queryButton().isDisabled());
        robot.clickOn("#print-cancel");
    }

    @Test
    void anEmptyPlanHasNothingToPrintAndSaysSo(FxRobot robot) {
        pressCtrlP(robot);
        Label problem = robot.lookup("#print-problem").queryAs(Label.class);
        assertEquals(new Messages(Locale.ENGLISH).get("export.error.emptyPlan"), problem.getText());
        assertTrue(robot.lookup("#print-export-pdf").queryButton().isDisabled());
        robot.clickOn("#print-cancel");
    }

    @Test
    void exportAsPngDrawsTheCanvasAtTheChosenResolution(FxRobot robot) throws Exception {
        openSample(robot);
        Path png = folder.resolve("canvas.png");
        dialogs.willAnswer(png);
        Platform.runLater(() -> window.window().printing().exportPng());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#png-dpi-150");
        robot.clickOn(robot.lookup(".dialog-pane .button").lookup((Button b) -> "Export\u2026".equals(b.getText()))
                .queryButton());
        waitForFile(png);
        CanvasExport.ImageSize expected = CanvasExport.pngSize(window.session().editor().project(), 150);
        java.awt.image.BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(expected.width(), image.getWidth());
        assertEquals(expected.height(), image.getHeight());
        assertNotEquals(CanvasExport.pngSize(window.session().editor().project(), 96).width(), image.getWidth(),
                "150 dpi, not the screen size");
    }

    @Test
    void withPrintersInstalledTheSystemDefaultIsOffered(FxRobot robot) {
        Printer preferred = Printer.getDefaultPrinter();
        assumeFalse(preferred == null, "no printer is installed on this machine");
        robot.interact(() -> {
            window = new AppWindow(stage, Settings.in(folder.resolve("config")), dialogs, Printers.system(),
                    Locale.ENGLISH);
            window.show();
        });
        openSample(robot);
        pressCtrlP(robot);
        @SuppressWarnings("unchecked")
        ComboBox<Printer> printer = robot.lookup("#print-printer").queryAs(ComboBox.class);
        assertEquals(preferred.getName(), printer.getValue().getName());
        Button print = robot.lookup("#print-print").queryButton();
        assertTrue(print.isDefaultButton());
        assertFalse(print.isDisabled());
        assertTrue(robot.lookup("#print-no-printer").tryQuery().isEmpty());
        robot.clickOn("#print-cancel");
    }
}
