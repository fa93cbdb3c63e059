package org.strategycanvas.export.document;

import java.util.List;
import java.util.Objects;

/**
 * A block laid out at the page's width: the space kept above it (dropped at the top of a page), a header
 * printed again at the top of every page the block runs onto (or null), and its pieces in order.
 *
 * @param keepWithNext true for a heading: it goes to the next page with the start of what follows it
 *                     rather than stay alone at the bottom of a page
 * @param newPage      true to start the block on a fresh page
 */
public record Laid(double spaceBefore, Piece header, List<Piece> pieces, boolean keepWithNext, boolean newPage) {

    public Laid {
        pieces = List.copyOf(pieces);
        Objects.requireNonNull(pieces);
    }

    static Laid of(double spaceBefore, List<Piece> pieces) {
        return new Laid(spaceBefore, null, pieces, false, false);
    }

    double headerHeight() {
        return header == null ? 0 : header.height();
    }
}
