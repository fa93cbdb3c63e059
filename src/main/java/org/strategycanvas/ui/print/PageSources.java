package org.strategycanvas.ui.print;

import java.time.LocalDate;
import org.strategycanvas.export.CanvasExport;
import org.strategycanvas.export.ExportException;
import org.strategycanvas.export.Pages;
import org.strategycanvas.export.document.PlanDocument;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;

/**
 * Makes the pages of each kind of print out of the plan: the print preview, the printer and the PDF export
 * all take them from here, so what is previewed is what is printed.
 */
public final class PageSources {

    private final CanvasExport canvas;
    private final PlanDocument planDocument;

    public PageSources(Messages messages) {
        this.canvas = new CanvasExport(messages);
        this.planDocument = new PlanDocument(messages);
    }

    /** The pages a setup asks for; a plain message when they cannot be made (an empty plan, say). */
    public Pages pages(Project project, PrintSetup setup) throws ExportException {
        switch (setup.kind()) {
            case POSTER:
                return canvas.poster(project, setup.paper(), setup.columns(), setup.rows());
            case PLAN_DOCUMENT:
                return planDocument.pages(project, setup.paper(), LocalDate.now());
            case CANVAS:
            default:
                return canvas.onePage(project, setup.paper());
        }
    }
}
