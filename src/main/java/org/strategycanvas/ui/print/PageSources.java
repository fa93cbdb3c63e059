package org.strategycanvas.ui.print;

import java.util.Objects;
import org.strategycanvas.export.CanvasExport;
import org.strategycanvas.export.ExportException;
import org.strategycanvas.export.Pages;
import org.strategycanvas.export.Paper;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;

/**
 * Makes the pages of each kind of print out of the plan: the print preview, the printer and the PDF export
 * all take them from here, so what is previewed is what is printed.
 */
public final class PageSources {

    /** Pages of one kind, on a paper. */
    @FunctionalInterface
    public interface PagesSource {
        Pages pages(Project project, Paper paper) throws ExportException;
    }

    private final CanvasExport canvas;
    private final PagesSource planDocument;

    public PageSources(Messages messages, PagesSource planDocument) {
        this.canvas = new CanvasExport(messages);
        this.planDocument = Objects.requireNonNull(planDocument);
    }

    /** Until the plan document is made, choosing it says so plainly instead of printing anything. */
    public static Pages planDocumentNotAvailableYet(Project project, Paper paper) throws ExportException {
        throw new ExportException("printing.error.planDocumentNotYet");
    }

    /** The pages a setup asks for; a plain message when they cannot be made (an empty plan, say). */
    public Pages pages(Project project, PrintSetup setup) throws ExportException {
        switch (setup.kind()) {
            case POSTER:
                return canvas.poster(project, setup.paper(), setup.columns(), setup.rows());
            case PLAN_DOCUMENT:
                return planDocument.pages(project, setup.paper());
            case CANVAS:
            default:
                return canvas.onePage(project, setup.paper());
        }
    }
}
