package org.strategycanvas.export;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

/**
 * Finds the glyph behind an Ikonli literal ("mdi2w-web"): its code point and the TrueType file of its icon
 * pack. Plain Java over the packs' service entries, so that every surface (screen, PDF, image) draws the same
 * glyph from the same font file. It lives here rather than in {@code render}, which stays free of icon
 * libraries: the renderer only passes literals along. Ikonli's own resolver is left alone: it is a singleton bound to the first
 * font loader that asks for it, which is the JavaFX one in the window.
 */
public final class IconGlyphs {

    /** One icon: a code point in the font at {@code font}. */
    public record IconGlyph(int codePoint, URL font) {
    }

    private static final List<IkonHandler> HANDLERS = handlers();
    private static final Map<String, Optional<IconGlyph>> CACHE = new ConcurrentHashMap<>();

    private IconGlyphs() {
    }

    /** The glyph of a literal, or empty when no icon pack on the class path knows it. */
    public static Optional<IconGlyph> of(String literal) {
        return CACHE.computeIfAbsent(literal, IconGlyphs::find);
    }

    private static Optional<IconGlyph> find(String literal) {
        for (IkonHandler handler : HANDLERS) {
            try {
                if (handler.supports(literal)) {
                    Ikon ikon = handler.resolve(literal);
                    URL font = handler.getFontResource();
                    if (ikon != null && font != null) {
                        return Optional.of(new IconGlyph(ikon.getCode(), font));
                    }
                }
            } catch (RuntimeException unknownIcon) { // a pack throws for a literal of its prefix it lacks
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<IkonHandler> handlers() {
        List<IkonHandler> handlers = new ArrayList<>();
        ServiceLoader.load(IkonHandler.class, IconGlyphs.class.getClassLoader()).forEach(handlers::add);
        return List.copyOf(handlers);
    }
}
