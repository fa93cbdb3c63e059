package org.strategycanvas.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import org.strategycanvas.export.IconGlyphs;
import org.strategycanvas.export.IconGlyphs.IconGlyph;

/**
 * Turns Ikonli literals ("mdi2w-web") into a character of an icon font for JavaFX, loading each font file
 * once and keeping one {@link Font} per family and size. The glyph itself comes from {@link IconGlyphs},
 * as it does for the PDF and image surfaces.
 */
final class IconFonts {

    /** One icon: the text to draw and the font family that holds it. */
    record Glyph(String text, String family) {
    }

    private static final Map<String, Glyph> GLYPHS = new HashMap<>();
    private static final Map<String, String> FAMILY_BY_RESOURCE = new HashMap<>();
    private static final Map<String, Font> FONTS = new HashMap<>();

    private IconFonts() {
    }

    /** The glyph for a literal, or null when no installed icon pack knows it. */
    static Glyph glyph(String literal) {
        return GLYPHS.computeIfAbsent(literal, l -> IconGlyphs.of(l).map(IconFonts::toGlyph).orElse(null));
    }

    private static Glyph toGlyph(IconGlyph icon) {
        String family = loadedFamily(icon);
        return family == null ? null : new Glyph(new String(Character.toChars(icon.codePoint())), family);
    }

    private static String loadedFamily(IconGlyph icon) {
        return FAMILY_BY_RESOURCE.computeIfAbsent(icon.font().toExternalForm(), resource -> {
            Font loaded = Font.loadFont(resource, 16);
            return loaded == null ? null : loaded.getFamily();
        });
    }

    static Font font(String family, double size) {
        return FONTS.computeIfAbsent(family + "@" + size, k -> Font.font(family, size));
    }
}
