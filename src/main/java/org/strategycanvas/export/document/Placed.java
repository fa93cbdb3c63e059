package org.strategycanvas.export.document;

/** A piece on a page, its top {@code y} points below the top of the page's content area. */
public record Placed(double y, Piece piece) {

    public double bottom() {
        return y + piece.height();
    }
}
