package org.strategycanvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategycanvas.model.TouchpointType;

/** The PDF and the image draw every icon the plan uses, inside the square it is given. */
class IconOutlinesTest {

    @Test
    void everyTouchpointTypeAndTheObjectiveHaveAnOutlineInTheirSquare() {
        List<String> literals = new ArrayList<>();
        for (TouchpointType type : TouchpointType.values()) {
            literals.add(type.icon());
        }
        literals.add("mdi2b-bullseye-arrow");
        for (String literal : literals) {
            Optional<Shape> shape = IconOutlines.placed(literal, 100, 200, 24);
            assertTrue(shape.isPresent(), literal);
            Rectangle2D b = shape.get().getBounds2D();
            assertTrue(b.getWidth() > 8 && b.getHeight() > 8, literal + " is drawn: " + b);
            // Material Design icons sit in the em square: a pixel of slack at most around the 24-unit square.
            assertTrue(b.getMinX() >= 99 && b.getMaxX() <= 125 && b.getMinY() >= 199 && b.getMaxY() <= 225,
                    literal + " stays in its square: " + b);
        }
    }

    @Test
    void theWebIconIsCentredInItsSquare() {
        // The globe is round and centred in its glyph: its middle is the square's middle, (112, 212).
        Rectangle2D b = IconOutlines.placed("mdi2w-web", 100, 200, 24).orElseThrow().getBounds2D();
        assertEquals(112, b.getCenterX(), 0.5);
        assertEquals(212, b.getCenterY(), 0.5);
    }

    @Test
    void anUnknownLiteralDrawsNothing() {
        assertTrue(IconOutlines.placed("mdi2z-no-such-icon-here", 0, 0, 24).isEmpty());
        assertTrue(IconOutlines.placed("nothing", 0, 0, 24).isEmpty());
    }
}
