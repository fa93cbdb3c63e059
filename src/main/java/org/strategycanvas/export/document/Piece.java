package org.strategycanvas.export.document;

import java.util.List;
import java.util.Optional;
import org.strategycanvas.render.Surface;

/**
 * A laid-out part of a block that a page break never cuts: a line of a paragraph, a heading, a row of a
 * table, a picture. Its height is known before it is drawn, so pages can be filled without drawing.
 */
public interface Piece {

    double height();

    /** Draws it with its top-left corner at (x, y), across the width it was laid out for. */
    void draw(Surface s, double x, double y);

    /** The words it prints, in order, for tests and checks; pictures give what they label. */
    List<String> texts();

    /**
     * Only for a piece taller than a whole page: its first part no taller than {@code room} and the rest,
     * marked as continued; empty when it cannot be cut (it is then scaled down to fit the page).
     */
    default Optional<List<Piece>> cut(double room) {
        return Optional.empty();
    }
}
