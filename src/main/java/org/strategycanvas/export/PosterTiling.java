package org.strategycanvas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.strategycanvas.model.Bounds;

/**
 * A poster: a rectangle of the canvas printed over {@code columns × rows} sheets whose printable areas
 * overlap by {@code overlap} points, so that the sheets can be trimmed and glued without a gap.
 *
 * <p>The poster's printable extent is {@code columns × w − (columns − 1) × overlap} wide and
 * {@code rows × h − (rows − 1) × overlap} high, where w × h is one sheet's printable area. The canvas area
 * is scaled to fit it whole and centred in it. The sheet in column c and row r (from 0) starts at
 * ({@code c × (w − overlap)}, {@code r × (h − overlap)}) on the poster.
 *
 * <p>Labels: columns are letters from the left (A, B, … Z, AA, AB…), rows numbers from the top, so the top-left
 * sheet is "A1" and the one on its right "B1". Sheets come in reading order: A1, B1, C1, then A2, B2…
 *
 * <p>Marks, in the margins: a sheet with a neighbour on its left (above) gets cut marks on the left (top)
 * edge of its printable area; a sheet with a neighbour on its right (below) gets alignment marks where that
 * neighbour's printable area starts, {@code overlap} inside its own right (bottom) edge. To assemble, trim
 * each sheet along its cut marks and lay it over its neighbour, the cut edge on the alignment marks.
 */
public final class PosterTiling {

    /** Sheets across or down, at most: beyond, a plan is better printed larger on a plotter. */
    public static final int MAX_SHEETS_PER_SIDE = 12;

    /** Where the cut and glue lines go. */
    public enum MarkKind { CUT, ALIGN }

    /**
     * A line to mark on a sheet: vertical at x = {@code position}, or horizontal at y = {@code position}, in
     * points from the sheet's top-left corner.
     */
    public record Mark(boolean vertical, double position, MarkKind kind) {
    }

    /** One sheet: its place in the grid, its label, the part of the canvas it shows, its marks. */
    public record Tile(int column, int row, String label, Bounds canvas, List<Mark> marks) {
        public Tile {
            marks = List.copyOf(marks);
        }
    }

    private final Paper paper;
    private final int columns;
    private final int rows;
    private final double overlap;
    private final PageLayout layout;

    /**
     * @param area    the part of the canvas to print, in canvas units
     * @param overlap in points, from 0 to less than the sheet's shorter printable side
     */
    public PosterTiling(Bounds area, Paper paper, int columns, int rows, double overlap) {
        this.paper = Objects.requireNonNull(paper, "paper");
        if (columns < 1 || rows < 1 || columns > MAX_SHEETS_PER_SIDE || rows > MAX_SHEETS_PER_SIDE) {
            throw new IllegalArgumentException("a poster has 1 to " + MAX_SHEETS_PER_SIDE + " sheets per side");
        }
        Bounds sheet = paper.printable();
        if (!(overlap >= 0 && overlap < Math.min(sheet.width(), sheet.height()))) {
            throw new IllegalArgumentException("the overlap must be shorter than a sheet's printable side");
        }
        this.columns = columns;
        this.rows = rows;
        this.overlap = overlap;
        Bounds poster = new Bounds(0, 0, columns * sheet.width() - (columns - 1) * overlap,
                rows * sheet.height() - (rows - 1) * overlap);
        this.layout = PageLayout.fit(area, poster, Double.POSITIVE_INFINITY);
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public double overlap() {
        return overlap;
    }

    public Paper paper() {
        return paper;
    }

    /** The part of the canvas the poster shows, centred in it. */
    public Bounds area() {
        return layout.area();
    }

    /** Points on paper per canvas unit. */
    public double scale() {
        return layout.scale();
    }

    /** The label of the sheet in a column and a row, both from 0: "A1" for the top-left sheet. */
    public static String label(int column, int row) {
        return columnLetters(column) + (row + 1);
    }

    /** A, B, … Z, AA, AB… for columns 0, 1, … 25, 26, 27… */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            n--;
            letters.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return letters.toString();
    }

    /** The sheets in reading order: row by row from the top, left to right within a row. */
    public List<Tile> tiles() {
        List<Tile> tiles = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                tiles.add(tile(c, r));
            }
        }
        return tiles;
    }

    public Tile tile(int column, int row) {
        Bounds sheet = paper.printable();
        double posterX = column * (sheet.width() - overlap);
        double posterY = row * (sheet.height() - overlap);
        Bounds area = layout.area();
        Bounds canvas = new Bounds(area.x() + (posterX - layout.left()) / scale(),
                area.y() + (posterY - layout.top()) / scale(), sheet.width() / scale(), sheet.height() / scale());
        return new Tile(column, row, label(column, row), canvas, marks(column, row));
    }

    private List<Mark> marks(int column, int row) {
        Bounds sheet = paper.printable();
        List<Mark> marks = new ArrayList<>();
        if (column > 0) {
            marks.add(new Mark(true, sheet.x(), MarkKind.CUT));
        }
        if (row > 0) {
            marks.add(new Mark(false, sheet.y(), MarkKind.CUT));
        }
        if (column < columns - 1) {
            marks.add(new Mark(true, sheet.maxX() - overlap, MarkKind.ALIGN));
        }
        if (row < rows - 1) {
            marks.add(new Mark(false, sheet.maxY() - overlap, MarkKind.ALIGN));
        }
        return marks;
    }

    /** The whole poster in canvas units: every sheet's canvas rectangle together. */
    public Bounds posterCanvas() {
        return tile(0, 0).canvas().union(tile(columns - 1, rows - 1).canvas());
    }
}
