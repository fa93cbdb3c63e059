package org.strategycanvas.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/**
 * Turns Ikonli literals ("mdi2w-web") into a character of an icon font, loading each font file once and
 * keeping one {@link Font} per family and size.
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
        if (GLYPHS.containsKey(literal)) {
            return GLYPHS.get(literal);
        }
        Glyph glyph = null;
        try {
            IkonHandler handler = IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance()).resolve(literal);
            Ikon ikon = handler.resolve(literal);
            String family = loadedFamily(handler);
            if (ikon != null && family != null) {
                glyph = new Glyph(new String(Character.toChars(ikon.getCode())), family);
            }
        } catch (RuntimeException unknownIcon) {
            glyph = null;
        }
        GLYPHS.put(literal, glyph);
        return glyph;
    }

    private static String loadedFamily(IkonHandler handler) {
        String resource = handler.getFontResource().toExternalForm();
        return FAMILY_BY_RESOURCE.computeIfAbsent(resource, r -> {
            Font loaded = Font.loadFont(r, 16);
            return loaded == null ? handler.getFontFamily() : loaded.getFamily();
        });
    }

    static Font font(String family, double size) {
        return FONTS.computeIfAbsent(family + "@" + size, k -> Font.font(family, size));
    }
}
