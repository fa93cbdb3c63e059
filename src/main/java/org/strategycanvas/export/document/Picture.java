package org.strategycanvas.export.document;

import java.util.List;
import org.strategycanvas.render.Surface;

/**
 * A drawing of a fixed size (a chart), painted by a painter of the plan with its top-left corner at the
 * origin. Never cut: a picture taller than a page is scaled down to fit it, and one wider than the page to
 * fit its width.
 */
public record Picture(double width, double height, Painting painting, List<String> labels, double spaceBefore)
        implements Block {

    /** Draws the picture with its top-left corner at (0, 0) in its own units. */
    @FunctionalInterface
    public interface Painting {
        void paint(Surface s);
    }

    public Picture {
        labels = List.copyOf(labels);
    }

    @Override
    public Laid lay(TextMeasure measure, double pageWidth, double pageHeight) {
        double scale = Math.min(1, Math.min(pageWidth / width, pageHeight / height));
        return Laid.of(spaceBefore, List.of(new Drawn(this, scale)));
    }

    /** The picture placed at a scale. */
    record Drawn(Picture picture, double scale) implements Piece {

        @Override
        public double height() {
            return picture.height * scale;
        }

        @Override
        public void draw(Surface s, double x, double y) {
            s.save();
            s.translate(x, y);
            s.scale(scale);
            s.clipRect(0, 0, picture.width, picture.height);
            picture.painting.paint(s);
            s.restore();
        }

        @Override
        public List<String> texts() {
            return picture.labels;
        }
    }
}
