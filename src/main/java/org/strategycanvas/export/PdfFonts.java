package org.strategycanvas.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.strategycanvas.render.BundledFonts;
import org.strategycanvas.render.TextStyle;

/**
 * The bundled typeface loaded into one PDF document, regular and bold, embedded as subsets (only the
 * glyphs used). Text is measured from the same files' metrics. Glyph substitution is off: no ligatures, as on
 * screen, so the widths measured are the widths drawn and the text copied out of the PDF is the text written
 * (and PDFBox no longer works through the font's substitution rules for each piece of text, which took half
 * the time of writing a plan document). Text is composed first (Unicode NFC), so that a letter typed with a
 * separate accent is drawn as the one accented glyph the font has for it.
 */
final class PdfFonts implements Closeable {

    private final TrueTypeFont regularFile;
    private final TrueTypeFont boldFile;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final CmapLookup regularMap;
    private final CmapLookup boldMap;

    PdfFonts(PDDocument document) throws IOException {
        QuietFontLogs.ensure();
        regularFile = parse(false);
        boldFile = parse(true);
        regular = PDType0Font.load(document, regularFile, true);
        bold = PDType0Font.load(document, boldFile, true);
        regularMap = regularFile.getUnicodeCmapLookup();
        boldMap = boldFile.getUnicodeCmapLookup();
    }

    private static TrueTypeFont parse(boolean bold) throws IOException {
        try (InputStream in = BundledFonts.open(bold)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            return font;
        }
    }

    PDType0Font font(TextStyle style) {
        return style.bold() ? bold : regular;
    }

    /**
     * The text as it can be drawn: control characters (line breaks, tabs) become spaces and characters the
     * typeface lacks (emoji…) become "?", rather than failing the whole export.
     */
    String drawable(String raw, TextStyle style) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        CmapLookup map = style.bold() ? boldMap : regularMap;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement = Character.isISOControl(cp) ? " " : map.getGlyphId(cp) == 0 ? "?" : null;
            if (replacement != null && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(replacement != null ? replacement : text.substring(i, next));
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** The width of drawable text, in the style's units. */
    double width(String drawable, TextStyle style) throws IOException {
        return font(style).getStringWidth(drawable) / 1000 * style.size();
    }

    @Override
    public void close() throws IOException {
        regularFile.close();
        boldFile.close();
    }
}
