package org.strategycanvas.export.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.Surface;

/**
 * One row of a {@link Table} laid out: its cells' contents in their columns, padded, shaded every other row,
 * with a line under it. {@code continued} marks the rest of a row cut over two pages: the mark heads its
 * first column.
 */
public record TableRow(int index, Table.RowKind kind, List<Cell.Fitted> cells, Table.Grid grid, boolean shaded,
                       boolean continued, Cell.Fitted mark) implements Piece {

    public TableRow {
        cells = List.copyOf(cells);
    }

    private double markHeight() {
        return continued ? mark.height() : 0;
    }

    @Override
    public double height() {
        double tallest = 0;
        for (Cell.Fitted cell : cells) {
            tallest = Math.max(tallest, cell.height());
        }
        return tallest + markHeight() + 2 * DocStyle.CELL_PAD_Y;
    }

    @Override
    public void draw(Surface s, double x, double y) {
        double height = height();
        if (kind == Table.RowKind.GROUP) {
            s.fillRect(x, y, grid.width(), height, DocStyle.GROUP_FILL);
        } else if (shaded && grid.lines()) {
            s.fillRect(x, y, grid.width(), height, DocStyle.ROW_SHADE);
        }
        if (kind == Table.RowKind.TOTAL) {
            s.line(x, y, x + grid.width(), y, Palette.INK, 0.8, Surface.SOLID);
        }
        double top = y + DocStyle.CELL_PAD_Y;
        if (continued) {
            mark.draw(s, x + grid.xs()[0] + DocStyle.CELL_PAD_X, top);
        }
        for (int i = 0; i < cells.size(); i++) {
            double cellTop = top + (i == 0 ? markHeight() : 0);
            cells.get(i).draw(s, x + grid.xs()[i] + DocStyle.CELL_PAD_X, cellTop);
        }
        if (grid.lines()) {
            s.line(x, y + height, x + grid.width(), y + height, Palette.GRID, 0.6, Surface.SOLID);
        }
    }

    @Override
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        if (continued) {
            texts.addAll(mark.texts());
        }
        cells.forEach(c -> texts.addAll(c.texts()));
        return texts;
    }

    /** The lines of each cell that fit in the room, then the rest of the row, marked as continued. */
    @Override
    public Optional<List<Piece>> cut(double room) {
        double inner = room - 2 * DocStyle.CELL_PAD_Y - markHeight();
        List<Cell.Fitted> first = new ArrayList<>();
        List<Cell.Fitted> rest = new ArrayList<>();
        for (Cell.Fitted cell : cells) {
            Optional<List<Cell.Fitted>> parts = cell.cut(inner);
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            first.add(parts.get().get(0));
            rest.add(parts.get().get(1));
        }
        boolean headEmpty = first.stream().allMatch(c -> c.height() == 0);
        boolean tailEmpty = rest.stream().allMatch(c -> c.height() == 0);
        if (headEmpty || tailEmpty) {
            return Optional.empty(); // the room holds no line, or the whole row: nothing to cut
        }
        return Optional.of(List.of(new TableRow(index, kind, first, grid, shaded, continued, mark),
                new TableRow(index, kind, rest, grid, shaded, true, mark)));
    }

    /** The header row of a table, printed again at the top of each page the table runs onto. */
    record Header(List<Cell.Fitted> cells, Table.Grid grid) implements Piece {

        @Override
        public double height() {
            double tallest = 0;
            for (Cell.Fitted cell : cells) {
                tallest = Math.max(tallest, cell.height());
            }
            return tallest + 2 * DocStyle.CELL_PAD_Y;
        }

        @Override
        public void draw(Surface s, double x, double y) {
            double height = height();
            s.fillRect(x, y, grid.width(), height, DocStyle.HEADER_FILL);
            for (int i = 0; i < cells.size(); i++) {
                cells.get(i).draw(s, x + grid.xs()[i] + DocStyle.CELL_PAD_X, y + DocStyle.CELL_PAD_Y);
            }
            s.line(x, y + height, x + grid.width(), y + height, Palette.INK, 0.8, Surface.SOLID);
        }

        @Override
        public List<String> texts() {
            List<String> texts = new ArrayList<>();
            cells.forEach(c -> texts.addAll(c.texts()));
            return texts;
        }
    }
}
