package org.strategycanvas.export.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.TextStyle;

/**
 * A table: a header row printed again at the top of every page the table runs onto, then rows that are
 * never cut by a page break. Each cell's text is wrapped whole in its column, never shortened. A row taller
 * than a page, the one exception, is cut where it must and its rest marked as continued.
 * Key-value lists are tables too, without a header or lines.
 */
public final class Table implements Block {

    /** A normal row, a heading row across all the columns, or a total in bold under a line. */
    public enum RowKind { NORMAL, GROUP, TOTAL }

    /** A column: its title, its share of the table's width, and whether it is aligned right (amounts). */
    public record Column(String title, double weight, boolean right) {
        public Column {
            Objects.requireNonNull(title, "title");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("a column has a width");
            }
        }

        public static Column left(String title, double weight) {
            return new Column(title, weight, false);
        }

        public static Column right(String title, double weight) {
            return new Column(title, weight, true);
        }
    }

    /** A row: one cell per column (a group row has a single cell). */
    public record Row(List<Cell> cells, RowKind kind) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(Cell... cells) {
            return new Row(List.of(cells), RowKind.NORMAL);
        }

        public static Row texts(String... texts) {
            return new Row(Arrays.stream(texts).map(Cell::text).toList(), RowKind.NORMAL);
        }

        public static Row group(String text) {
            return new Row(List.of(Cell.text(text)), RowKind.GROUP);
        }

        public static Row total(Cell... cells) {
            return new Row(List.of(cells), RowKind.TOTAL);
        }
    }

    private final List<Column> columns;
    private final List<Row> rows;
    private final boolean keyValues;
    private final String continuedMark;

    private Table(List<Column> columns, List<Row> rows, boolean keyValues, String continuedMark) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.keyValues = keyValues;
        this.continuedMark = Objects.requireNonNull(continuedMark, "continuedMark");
        for (Row row : this.rows) {
            if (row.kind() != RowKind.GROUP && row.cells().size() != this.columns.size()) {
                throw new IllegalArgumentException("a row has one cell per column");
            }
        }
    }

    /** A table with a header row; {@code continuedMark} heads the rest of a row cut over two pages. */
    public static Table of(List<Column> columns, List<Row> rows, String continuedMark) {
        return new Table(columns, rows, false, continuedMark);
    }

    /** Names in bold on the left, what they say on the right; no header, no lines. */
    public static Table keyValues(List<String[]> pairs, String continuedMark) {
        List<Row> rows = pairs.stream().map(p -> Row.texts(p[0], p[1])).toList();
        return new Table(List.of(Column.left("", 0.28), Column.left("", 0.72)), rows, true, continuedMark);
    }

    public List<Row> rows() {
        return rows;
    }

    @Override
    public Laid lay(TextMeasure measure, double width, double pageHeight) {
        double[] widths = widths(measure, width);
        double[] xs = new double[columns.size()];
        double x = 0;
        for (int i = 0; i < columns.size(); i++) {
            xs[i] = x;
            x += widths[i];
        }
        Grid grid = new Grid(xs, widths, width, !keyValues);
        Piece header = keyValues ? null : header(measure, grid);
        List<Piece> pieces = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            pieces.add(row(measure, grid, r));
        }
        double before = keyValues ? DocStyle.PARAGRAPH_GAP : DocStyle.BLOCK_GAP;
        return new Laid(before, header, pieces, false, false);
    }

    /**
     * The columns' widths: shares of the table's width by weight, except that no column is narrower than its
     * widest word (header included), so that words are not cut; the others share what is left by weight. When
     * even the widest words cannot all fit, the columns keep the same proportions as those words.
     */
    double[] widths(TextMeasure measure, double width) {
        int n = columns.size();
        double[] least = new double[n];
        for (int i = 0; i < n; i++) {
            least[i] = keyValues ? 0 : Cell.widestWord(measure, columns.get(i).title(), DocStyle.CELL_BOLD);
        }
        for (Row row : rows) {
            if (row.kind() == RowKind.GROUP) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                TextStyle style = row.kind() == RowKind.NORMAL && !(keyValues && i == 0) ? DocStyle.CELL
                        : DocStyle.CELL_BOLD;
                least[i] = Math.max(least[i], row.cells().get(i).widestWord(measure, style));
            }
        }
        double leastTotal = 0;
        for (int i = 0; i < n; i++) {
            least[i] += 2 * DocStyle.CELL_PAD_X + 0.5;
            leastTotal += least[i];
        }
        double[] widths = new double[n];
        if (leastTotal >= width) {
            for (int i = 0; i < n; i++) {
                widths[i] = width * least[i] / leastTotal;
            }
            return widths;
        }
        boolean[] held = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            double room = width;
            double weights = 0;
            for (int i = 0; i < n; i++) {
                if (held[i]) {
                    room -= least[i];
                } else {
                    weights += columns.get(i).weight();
                }
            }
            for (int i = 0; i < n; i++) {
                widths[i] = held[i] ? least[i] : room * columns.get(i).weight() / weights;
                if (!held[i] && widths[i] < least[i]) {
                    held[i] = true;
                    changed = true;
                }
            }
        }
        return widths;
    }

    private Piece header(TextMeasure measure, Grid grid) {
        List<Cell.Fitted> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            cells.add(Cell.text(c.title()).fit(measure, DocStyle.CELL_BOLD, grid.inner(i), c.right()));
        }
        return new TableRow.Header(cells, grid);
    }

    private Piece row(TextMeasure measure, Grid grid, int index) {
        Row row = rows.get(index);
        TextStyle style = row.kind() == RowKind.NORMAL && !keyValues ? DocStyle.CELL : DocStyle.CELL_BOLD;
        List<Cell.Fitted> cells = new ArrayList<>();
        if (row.kind() == RowKind.GROUP) {
            cells.add(row.cells().get(0).fit(measure, DocStyle.CELL_BOLD, grid.width() - 2 * DocStyle.CELL_PAD_X,
                    false));
        } else {
            for (int i = 0; i < columns.size(); i++) {
                TextStyle cellStyle = keyValues && i > 0 ? DocStyle.CELL : style;
                cells.add(row.cells().get(i).fit(measure, cellStyle, grid.inner(i), columns.get(i).right()));
            }
        }
        Cell.Fitted mark = Cell.muted(continuedMark).fit(measure, DocStyle.CELL, grid.inner(0), false);
        return new TableRow(index, row.kind(), cells, grid, index % 2 == 1, false, mark);
    }

    /** Where the columns are: their left edges and widths, the table's width, and whether lines are drawn. */
    record Grid(double[] xs, double[] widths, double width, boolean lines) {
        double inner(int column) {
            return Math.max(1, widths[column] - 2 * DocStyle.CELL_PAD_X);
        }
    }
}
