package org.strategycanvas.export.document;

import java.util.List;
import org.strategycanvas.render.Surface;

/** Blank room of a fixed height (kept even at the top of a page, unlike the space above a block). */
public record Space(double height) implements Block {

    @Override
    public Laid lay(TextMeasure measure, double width, double pageHeight) {
        double room = Math.min(height, pageHeight);
        return Laid.of(0, List.of(new Piece() {
            @Override
            public double height() {
                return room;
            }

            @Override
            public void draw(Surface s, double x, double y) {
            }

            @Override
            public List<String> texts() {
                return List.of();
            }
        }));
    }
}
