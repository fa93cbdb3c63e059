package org.strategycanvas.export.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Pours blocks onto pages of a given content size, without drawing anything. The rules:
 * <ul>
 * <li>a piece (a line, a table row, a picture) is never cut by a page break: it moves whole to the next page;
 * the only exception is a piece taller than a whole page, which is cut where it must and marked as
 * continued;</li>
 * <li>a block's header (a table's header row) is printed again at the top of each page the block runs onto;</li>
 * <li>a heading never stays alone at the bottom of a page: it goes with the start of what follows it;</li>
 * <li>a block's first or last line or row is not left alone on a page: two go together, or the whole block
 * when it has three or fewer;</li>
 * <li>the space above a block is dropped at the top of a page, and no page is left empty.</li>
 * </ul>
 */
public final class PageFlow {

    /** How many pieces a block's start or end keeps together: no line or row is left alone. */
    private static final int KEPT_TOGETHER = 2;

    private final TextMeasure measure;
    private final double width;
    private final double height;

    public PageFlow(TextMeasure measure, double width, double height) {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("a page's content area has a size");
        }
        this.measure = measure;
        this.width = width;
        this.height = height;
    }

    public List<PageContent> flow(List<Block> blocks) {
        List<Laid> laid = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            laid.add(block.lay(measure, width, height));
        }
        Pager pager = new Pager();
        for (int i = 0; i < laid.size(); i++) {
            Laid block = laid.get(i);
            if (blocks.get(i).section() != null) {
                pager.section = blocks.get(i).section();
            }
            if (block.newPage()) {
                pager.breakPage();
            }
            if (!pager.atTop()) {
                double need = block.keepWithNext() ? block.spaceBefore() + total(block) + lead(laid, i + 1)
                        : start(block);
                if (need <= height && pager.y + need > height) {
                    pager.breakPage();
                }
            }
            place(pager, block);
        }
        return pager.finish();
    }

    /** The least of what follows a heading that must stand on its page with it. */
    private double lead(List<Laid> laid, int index) {
        if (index >= laid.size()) {
            return 0;
        }
        Laid next = laid.get(index);
        if (next.newPage() || next.pieces().isEmpty()) {
            return 0;
        }
        if (next.keepWithNext()) {
            return next.spaceBefore() + total(next) + lead(laid, index + 1);
        }
        return start(next);
    }

    /**
     * What of a block must stand on one page, from its top: its header and its first two pieces, or the
     * whole block when it has three or fewer (two cannot then stay on each side of a break).
     */
    private double start(Laid block) {
        int kept = block.pieces().size() < 2 * KEPT_TOGETHER ? block.pieces().size() : KEPT_TOGETHER;
        double start = 0;
        for (int i = 0; i < kept; i++) {
            start += block.pieces().get(i).height();
        }
        return Math.min(height, block.spaceBefore() + block.headerHeight() + start);
    }

    private static double total(Laid block) {
        double sum = block.headerHeight();
        for (Piece piece : block.pieces()) {
            sum += piece.height();
        }
        return sum;
    }

    private void place(Pager pager, Laid block) {
        Deque<Piece> queue = new ArrayDeque<>(block.pieces());
        boolean first = true;
        boolean headerHere = false;
        int hereCount = 0;
        while (!queue.isEmpty()) {
            Piece piece = queue.pop();
            double before = first && !pager.atTop() ? block.spaceBefore() : 0;
            double header = headerHere ? 0 : block.headerHeight();
            if (!pager.atTop() && pager.y + before + header + piece.height() > height) {
                if (queue.isEmpty() && hereCount > KEPT_TOGETHER) {
                    queue.push(piece); // the last piece would be alone: the one before it goes along
                    piece = pager.removeLast();
                }
                hereCount = 0;
                pager.breakPage();
                headerHere = false;
                before = 0;
                header = block.headerHeight();
            }
            if (pager.atTop() && header + piece.height() > height) {
                List<Piece> parts = piece.cut(height - header).orElse(List.of());
                if (parts.size() == 2) {
                    queue.push(parts.get(1));
                    piece = parts.get(0);
                }
            }
            pager.y += before;
            if (!headerHere && block.header() != null) {
                pager.add(block.header());
                headerHere = true;
            }
            pager.add(piece);
            hereCount++;
            first = false;
        }
    }

    /** The page being filled and those already full. */
    private final class Pager {
        private final List<PageContent> pages = new ArrayList<>();
        private List<Placed> placed = new ArrayList<>();
        private String pageSection;
        private String section = "";
        private double y;

        boolean atTop() {
            return placed.isEmpty();
        }

        void add(Piece piece) {
            if (placed.isEmpty()) {
                pageSection = section;
            }
            placed.add(new Placed(y, piece));
            y += piece.height();
        }

        Piece removeLast() {
            Placed last = placed.remove(placed.size() - 1);
            y = last.y();
            return last.piece();
        }

        void breakPage() {
            if (!placed.isEmpty()) {
                pages.add(new PageContent(pageSection, placed));
                placed = new ArrayList<>();
                y = 0;
            }
        }

        List<PageContent> finish() {
            breakPage();
            return List.copyOf(pages);
        }
    }
}
