package org.strategycanvas.export;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The outlines of icon glyphs, read from the icon pack's own TrueType file (the one the screen draws
 * with), so that the PDF and the image draw icons as shapes identical to the screen's: no icon font to
 * embed, and no private-use characters mixed into the PDF's selectable text.
 */
final class IconOutlines {

    /** A glyph's outline in font units (y upwards from the baseline) and the font's vertical metrics. */
    private record Outline(GeneralPath path, double advance, double ascent, double descent, double unitsPerEm) {
    }

    private static final Map<String, TrueTypeFont> FONTS = new HashMap<>();
    private static final Map<String, Optional<Outline>> OUTLINES = new HashMap<>();

    private IconOutlines() {
    }

    /**
     * The icon's shape, in surface units, placed in the square at (x, y) of this size as JavaFX places a
     * glyph drawn centred on the square's middle: its advance centred across, the font's ascent-to-descent
     * band centred down. Empty when no icon pack knows the literal.
     */
    static synchronized Optional<Shape> placed(String literal, double x, double y, double size) {
        return OUTLINES.computeIfAbsent(literal, IconOutlines::load).map(o -> {
            double k = size / o.unitsPerEm();
            double left = x + size / 2 - o.advance() * k / 2;
            double baseline = y + size / 2 + (o.ascent() - o.descent()) * k / 2;
            return new AffineTransform(k, 0, 0, -k, left, baseline).createTransformedShape(o.path());
        });
    }

    private static Optional<Outline> load(String literal) {
        Optional<IconGlyphs.IconGlyph> glyph = IconGlyphs.of(literal);
        if (glyph.isEmpty()) {
            return Optional.empty();
        }
        try {
            TrueTypeFont font = font(glyph.get());
            int gid = font.getUnicodeCmapLookup().getGlyphId(glyph.get().codePoint());
            GlyphData data = gid == 0 ? null : font.getGlyph().getGlyph(gid);
            if (data == null) {
                return Optional.empty();
            }
            return Optional.of(new Outline(data.getPath(), font.getAdvanceWidth(gid),
                    font.getHorizontalHeader().getAscender(), -font.getHorizontalHeader().getDescender(),
                    font.getUnitsPerEm()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static TrueTypeFont font(IconGlyphs.IconGlyph glyph) throws IOException {
        String key = glyph.font().toExternalForm();
        TrueTypeFont font = FONTS.get(key);
        if (font == null) {
            QuietFontLogs.ensure();
            try (InputStream in = glyph.font().openStream()) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
            FONTS.put(key, font);
        }
        return font;
    }
}
