package org.strategycanvas.export;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.strategycanvas.model.Bounds;

/**
 * A sheet of paper, in PostScript points (72 to the inch, so 1 mm = 72 / 25.4 pt): its size, its
 * orientation and the blank margin kept on each side. The printable area is what lies inside the margins.
 */
public record Paper(Size size, boolean landscape, double margin) {

    public static final double POINTS_PER_MM = 72 / 25.4;

    /** 10 mm: inside what common printers can print, and room for the sheet labels and cut marks. */
    public static final double DEFAULT_MARGIN = 10 * POINTS_PER_MM;

    /** The paper sizes offered, portrait width and height in points. */
    public enum Size {
        A4(210 * POINTS_PER_MM, 297 * POINTS_PER_MM),
        LETTER(612, 792),
        A3(297 * POINTS_PER_MM, 420 * POINTS_PER_MM);

        private final double width;
        private final double height;

        Size(double width, double height) {
            this.width = width;
            this.height = height;
        }

        /** The size called so, whatever its case ("a4", "Letter"); empty if unknown. */
        public static Optional<Size> named(String name) {
            for (Size size : values()) {
                if (size.name().equalsIgnoreCase(name)) {
                    return Optional.of(size);
                }
            }
            return Optional.empty();
        }

        /** Its usual name: A4, Letter, A3. */
        public String label() {
            return this == LETTER ? "Letter" : name();
        }
    }

    public Paper {
        Objects.requireNonNull(size, "size");
        double shorter = Math.min(size.width, size.height);
        if (!(margin >= 0 && margin < shorter / 4)) {
            throw new IllegalArgumentException("margin must be between 0 and a quarter of the paper's width");
        }
    }

    public static Paper of(Size size, boolean landscape) {
        return new Paper(size, landscape, DEFAULT_MARGIN);
    }

    public double width() {
        return landscape ? size.height : size.width;
    }

    public double height() {
        return landscape ? size.width : size.height;
    }

    /** The area inside the margins, from the sheet's top-left corner. */
    public Bounds printable() {
        return new Bounds(margin, margin, width() - 2 * margin, height() - 2 * margin);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s", size.label(), landscape ? "landscape" : "portrait");
    }
}
