package org.strategycanvas.ui.plan;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.render.MixChartColumn;
import org.strategycanvas.render.MixChartPainter;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.Surface;

/**
 * Target against planned mix across the periods. A click selects a period, Shift+click a run of them;
 * Left and Right move the selection.
 */
final class MixChartView extends PaintedView {

    private static final double PAD = 8;

    private final MixChartPainter painter;
    private List<MixChartColumn> columns = List.of();
    private int first;
    private int last;
    private BiConsumer<Integer, Integer> onSelect = (a, b) -> { };

    MixChartView(Messages messages) {
        this.painter = new MixChartPainter(messages);
        getStyleClass().add("mix-chart");
        setFocusTraversable(true);
        setMinHeight(150);
        Tooltip.install(this, new Tooltip(messages.get("plan.mix.chartLegend")));
        setPainter(s -> {
            for (int i = first; i <= last && i < columns.size(); i++) {
                paintSelection(s, i);
            }
            painter.paint(s, columns, PAD, PAD, getWidth() - 2 * PAD, getHeight() - 2 * PAD);
        });
        setOnMousePressed(this::pressed);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.LEFT && first > 0) {
                select(first - 1, e.isShiftDown() ? last : first - 1);
            } else if (e.getCode() == KeyCode.RIGHT && last < columns.size() - 1) {
                select(e.isShiftDown() ? first : last + 1, last + 1);
            } else {
                return;
            }
            e.consume();
        });
        focusedProperty().addListener((obs, o, n) -> repaint());
    }

    private void paintSelection(Surface s, int i) {
        double slot = (getWidth() - 2 * PAD - MixChartPainter.AXIS) / Math.max(1, columns.size());
        s.fillRect(PAD + MixChartPainter.AXIS + i * slot, 0, slot, getHeight(),
                Palette.SELECTION.withAlpha(isFocused() ? 0.18 : 0.10));
    }

    void onSelect(BiConsumer<Integer, Integer> listener) {
        onSelect = listener;
    }

    void show(List<MixChartColumn> newColumns) {
        columns = newColumns;
        if (last >= columns.size()) {
            select(Math.min(first, columns.size() - 1), columns.size() - 1);
        }
        repaint();
    }

    int first() {
        return first;
    }

    int last() {
        return last;
    }

    void select(int from, int to) {
        first = Math.max(0, Math.min(from, to));
        last = Math.max(first, Math.max(from, to));
        onSelect.accept(first, last);
        repaint();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        e.consume(); // else the tab pane above takes the focus back, and with it the arrow keys
        int i = MixChartPainter.columnAt(e.getX(), PAD, getWidth() - 2 * PAD, columns.size());
        if (i >= 0) {
            select(e.isShiftDown() ? first : i, i);
        }
    }
}
