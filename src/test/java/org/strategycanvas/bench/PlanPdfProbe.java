package org.strategycanvas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.strategycanvas.export.CanvasExport;
import org.strategycanvas.export.ExportProgress;
import org.strategycanvas.export.Paper;
import org.strategycanvas.export.Pages;
import org.strategycanvas.export.document.PlanDocument;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFiles;
import org.strategycanvas.model.Project;

/**
 * Not a test: run in a fresh JVM by the benchmark, {@code PlanPdfProbe PLAN OUT_DIR RUNS}. Opens the plan (not
 * timed), then makes its plan document as File ▸ Export as PDF and {@code export-pdf --what plan} do (A4 portrait,
 * English): the document laid out ({@link PlanDocument#pages}) and written ({@link CanvasExport#writePdf}), file
 * closed. The first run is the cold one (nothing of the export loaded or compiled yet); each run prints
 * {@code PDF_MS=<ms>} and the last {@code PDF_PAGES=<n>}.
 */
public final class PlanPdfProbe {

    static final String PDF_MS = "PDF_MS=";
    static final String PDF_PAGES = "PDF_PAGES=";

    private PlanPdfProbe() {
    }

    public static void main(String[] args) throws Exception {
        Project project = new ProjectFiles().open(Path.of(args[0])).project();
        Path out = Files.createDirectories(Path.of(args[1]));
        int runs = Integer.parseInt(args[2]);
        Messages messages = new Messages(Locale.ENGLISH);
        LocalDate day = LocalDate.of(2025, 6, 2);
        int pages = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Pages document = new PlanDocument(messages).pages(project, PlanDocument.paper(Paper.Size.A4, false), day);
            pages = new CanvasExport(messages).writePdf(project, document, out.resolve("plan-" + i + ".pdf"),
                    ExportProgress.NONE);
            System.out.println(PDF_MS + (System.nanoTime() - start) / 1e6);
        }
        System.out.println(PDF_PAGES + pages);
    }
}
