package org.strategycanvas.render;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.strategycanvas.model.Bounds;

/**
 * Finds, among many numbered rectangles and line segments, those that may meet a rectangle: a uniform grid of
 * square cells, each listing the items that touch it. A query gives every item that touches a cell the area
 * touches, so it may give a few more than meet the area exactly (the caller tests those), never fewer.
 * An item that would touch more than {@link #MAX_CELLS_PER_ITEM} cells (a zone or a link spanning a huge
 * canvas, a card at 1e15 from a file) is not split into cells but given by every query: indexing it costs
 * nothing, where walking its cells would never end.
 */
final class SpatialGrid {

    /** About a 32 × 32 block of cells: far more than any item a person draws covers. */
    static final long MAX_CELLS_PER_ITEM = 1024;

    private final double cell;
    private final int items;
    private final Map<Long, Bucket> cells = new HashMap<>();
    private final BitSet everywhere = new BitSet();

    /** A grid of {@code cellSize} world units for items numbered from 0 to {@code itemCount - 1}. */
    SpatialGrid(double cellSize, int itemCount) {
        if (!(cellSize > 0)) {
            throw new IllegalArgumentException("a cell has a size");
        }
        this.cell = cellSize;
        this.items = itemCount;
    }

    void addRect(int item, Bounds b) {
        int left = column(b.x());
        int right = column(b.maxX());
        int top = column(b.y());
        int bottom = column(b.maxY());
        if (((long) right - left + 1) * ((long) bottom - top + 1) > MAX_CELLS_PER_ITEM) {
            everywhere.set(item);
            return;
        }
        for (int cx = left; cx <= right; cx++) {
            for (int cy = top; cy <= bottom; cy++) {
                add(item, cx, cy);
            }
        }
    }

    /** Adds a segment to the cells it crosses, cut into pieces no longer than a cell, each added by its box. */
    void addSegment(int item, double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (!(length / cell <= MAX_CELLS_PER_ITEM)) { // also when it overflows to infinity
            everywhere.set(item);
            return;
        }
        int pieces = Math.max(1, (int) Math.ceil(length / cell));
        for (int i = 0; i < pieces; i++) {
            double t0 = (double) i / pieces;
            double t1 = (double) (i + 1) / pieces;
            double ax = x1 + (x2 - x1) * t0;
            double ay = y1 + (y2 - y1) * t0;
            double bx = x1 + (x2 - x1) * t1;
            double by = y1 + (y2 - y1) * t1;
            for (int cx = column(Math.min(ax, bx)); cx <= column(Math.max(ax, bx)); cx++) {
                for (int cy = column(Math.min(ay, by)); cy <= column(Math.max(ay, by)); cy++) {
                    add(item, cx, cy);
                }
            }
        }
    }

    /** The items touching the cells the area touches, in increasing order, each once. */
    int[] query(Bounds area) {
        BitSet found = new BitSet(items);
        found.or(everywhere);
        long left = column(area.x());
        long right = column(area.maxX());
        long top = column(area.y());
        long bottom = column(area.maxY());
        if ((right - left + 1) * (bottom - top + 1) > cells.size()) {
            cells.forEach((key, bucket) -> {
                int cx = (int) (key >> 32);
                int cy = (int) (long) key;
                if (cx >= left && cx <= right && cy >= top && cy <= bottom) {
                    bucket.markIn(found);
                }
            });
        } else {
            for (long cx = left; cx <= right; cx++) {
                for (long cy = top; cy <= bottom; cy++) {
                    Bucket bucket = cells.get(key((int) cx, (int) cy));
                    if (bucket != null) {
                        bucket.markIn(found);
                    }
                }
            }
        }
        return found.stream().toArray();
    }

    private int column(double coordinate) {
        double c = Math.floor(coordinate / cell);
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, c));
    }

    private void add(int item, int cx, int cy) {
        cells.computeIfAbsent(key(cx, cy), k -> new Bucket()).add(item);
    }

    private static Long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xFFFFFFFFL);
    }

    /** The items of one cell, in the order they were added. */
    private static final class Bucket {
        private int[] items = new int[4];
        private int size;

        void add(int item) {
            if (size > 0 && items[size - 1] == item) {
                return; // the same item's previous piece already put it here
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }

        void markIn(BitSet found) {
            for (int i = 0; i < size; i++) {
                found.set(items[i]);
            }
        }
    }
}
