package org.strategycanvas.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strategycanvas.model.TouchpointType;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every icon the plan draws is found in an installed icon font; a wrong literal would draw nothing. */
@ExtendWith(ApplicationExtension.class)
class IconFontsTest {

    @Start
    void start(Stage stage) {
        // The toolkit is all that is needed, to load fonts.
    }

    @Test
    void everyTouchpointTypeAndTheObjectiveHaveAGlyph() {
        List<String> literals = new ArrayList<>();
        for (TouchpointType type : TouchpointType.values()) {
            literals.add(type.icon());
        }
        literals.add("mdi2b-bullseye-arrow");
        for (String literal : literals) {
            IconFonts.Glyph glyph = IconFonts.glyph(literal);
            assertNotNull(glyph, literal);
            assertEquals(glyph.family(), IconFonts.font(glyph.family(), 24).getFamily(), literal);
        }
    }

    @Test
    void anUnknownLiteralHasNoGlyph() {
        assertNull(IconFonts.glyph("mdi2z-no-such-icon-here"));
        assertNull(IconFonts.glyph("nothing"));
    }
}
