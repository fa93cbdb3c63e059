package org.strategycanvas.ui.print;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import org.strategycanvas.export.ExportException;
import org.strategycanvas.export.ExportProgress;
import org.strategycanvas.export.Pages;
import org.strategycanvas.export.Paper;
import org.strategycanvas.ui.canvas.FxSurface;

/**
 * Sends pages to a printer through JavaFX printing. The printer gets the paper and orientation of the pages
 * with its smallest margins, and each page becomes a node the size of what the printer can reach, the sheet
 * placed on it by {@link PrintPlacement} (JavaFX does not fit a node to the page).
 */
public final class PagePrinter {

    /** The resolution pages are drawn at for the printer: sharp text, and an A3 page stays under 40 MB. */
    static final double PRINT_DPI = 216;

    private PagePrinter() {
    }

    /** The JavaFX paper of a paper size. */
    static javafx.print.Paper fxPaper(Paper.Size size) {
        switch (size) {
            case LETTER:
                return javafx.print.Paper.NA_LETTER;
            case A3:
                return javafx.print.Paper.A3;
            case A4:
            default:
                return javafx.print.Paper.A4;
        }
    }

    /** Whether the printer takes the paper of these pages. */
    static boolean takes(Printer printer, Paper paper) {
        return printer.getPrinterAttributes().getSupportedPapers().contains(fxPaper(paper.size()));
    }

    /** The printer's page for these pages, with its hardware margins: what the nodes must fill. */
    static PageLayout layout(Printer printer, Paper paper) {
        return printer.createPageLayout(fxPaper(paper.size()),
                paper.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
    }

    /**
     * Prints every page as one job, off the JavaFX thread (the nodes are drawn on it). Stops and cancels the
     * job as soon as {@code cancelled} says so; returns whether the job went through to the end.
     */
    public static boolean print(Printer printer, Pages pages, String jobName, ExportProgress progress,
                                BooleanSupplier cancelled) throws ExportException {
        Paper paper = pages.paper();
        if (!takes(printer, paper)) {
            throw new ExportException("printing.error.paperNotSupported", printer.getName(), paper.size().label());
        }
        PageLayout layout = layout(printer, paper);
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            throw new ExportException("printing.error.noJob", printer.getName());
        }
        job.getJobSettings().setJobName(jobName);
        job.getJobSettings().setPageLayout(layout);
        PrintPlacement placement = PrintPlacement.of(sheet(paper), printerPage(layout));
        boolean sent = false;
        try {
            for (int i = 0; i < pages.count(); i++) {
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                int index = i;
                Node node = onFxThread(() -> node(pages, index, layout, placement));
                if (!job.printPage(layout, node)) {
                    throw new ExportException("printing.error.failed", printer.getName());
                }
                progress.update(i + 1, pages.count());
            }
            if (!job.endJob()) {
                throw new ExportException("printing.error.failed", printer.getName());
            }
            sent = true;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (!sent) { // cancelled, failed, or stopped by the progress: nothing half-printed goes out
                job.cancelJob();
            }
        }
    }

    static PrintPlacement.Sheet sheet(Paper paper) {
        return new PrintPlacement.Sheet(paper.width(), paper.height(), paper.margin());
    }

    /** The layout's page as seen in its orientation: JavaFX gives the paper's size upright. */
    static PrintPlacement.PrinterPage printerPage(PageLayout layout) {
        boolean turned = layout.getPageOrientation() == PageOrientation.LANDSCAPE
                || layout.getPageOrientation() == PageOrientation.REVERSE_LANDSCAPE;
        double width = turned ? layout.getPaper().getHeight() : layout.getPaper().getWidth();
        double height = turned ? layout.getPaper().getWidth() : layout.getPaper().getHeight();
        return new PrintPlacement.PrinterPage(width, height, layout.getLeftMargin(), layout.getTopMargin(),
                layout.getPrintableWidth(), layout.getPrintableHeight());
    }

    /**
     * Page {@code index} as a picture the size of the printable area, placed as it must print, drawn at
     * {@link #PRINT_DPI}. Not the canvas itself: JavaFX prints a canvas from its own texture, one pixel per
     * point (72 dpi, blurred), and a canvas with a clip came out blank through CUPS. A snapshot of a canvas
     * three times larger gives an image that prints sharp and whole.
     */
    static Node node(Pages pages, int index, PageLayout layout, PrintPlacement placement) {
        double oversample = PRINT_DPI / 72.0;
        Canvas canvas = new Canvas(Math.ceil(layout.getPrintableWidth() * oversample),
                Math.ceil(layout.getPrintableHeight() * oversample));
        FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
        surface.scale(oversample);
        surface.translate(placement.x(), placement.y());
        surface.scale(placement.scale());
        pages.draw(index, surface);
        ImageView picture = new ImageView(canvas.snapshot(null, null));
        picture.setFitWidth(layout.getPrintableWidth());
        picture.setFitHeight(layout.getPrintableHeight());
        picture.setSmooth(true);
        return picture;
    }

    private static <T> T onFxThread(Callable<T> work) throws InterruptedException {
        FutureTask<T> task = new FutureTask<>(work);
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
