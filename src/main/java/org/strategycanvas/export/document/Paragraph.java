package org.strategycanvas.export.document;

import java.util.ArrayList;
import java.util.List;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.render.TextStyle;

/**
 * Running text, wrapped to the width; a page break may fall between two of its lines. A caption is kept on
 * the page of what follows it (the chart it introduces).
 */
public record Paragraph(String text, TextStyle style, Rgb colour, double spaceBefore, boolean keepWithNext)
        implements Block {

    public static Paragraph body(String text) {
        return new Paragraph(text, DocStyle.BODY, Palette.INK, DocStyle.PARAGRAPH_GAP, false);
    }

    public static Paragraph note(String text) {
        return new Paragraph(text, DocStyle.CELL, Palette.MUTED_INK, DocStyle.PARAGRAPH_GAP, false);
    }

    /** A note that goes with what follows it, never left at the bottom of a page without it. */
    public static Paragraph caption(String text) {
        return new Paragraph(text, DocStyle.CELL, Palette.MUTED_INK, DocStyle.PARAGRAPH_GAP, true);
    }

    @Override
    public Laid lay(TextMeasure measure, double width, double pageHeight) {
        List<Piece> lines = new ArrayList<>();
        for (String line : Wrap.lines(measure, text, style, width)) {
            lines.add(TextLines.of(List.of(line), style, colour, 0));
        }
        return new Laid(spaceBefore, null, lines, keepWithNext, false);
    }
}
