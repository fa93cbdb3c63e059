package org.strategycanvas.ui.plan;

import java.util.List;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.render.MixRow;
import org.strategycanvas.render.MixTablePainter;

/** The plan's mix, budget-weighted and unweighted, overall and by family, as bars with their numbers. */
final class MixSummaryView extends PaintedView {

    private final MixTablePainter painter;
    private List<MixRow> rows = List.of();

    MixSummaryView(Messages messages) {
        this.painter = new MixTablePainter(messages);
        getStyleClass().add("mix-summary");
        setMinWidth(200);
        setPrefWidth(560);
        setPainter(s -> painter.paint(s, rows, 8, 8, getWidth() - 16));
    }

    void show(List<MixRow> newRows) {
        rows = newRows;
        setMinHeight(painter.height(rows) + 16);
        repaint();
    }

    List<MixRow> rows() {
        return rows;
    }
}
