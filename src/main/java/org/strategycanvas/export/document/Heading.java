package org.strategycanvas.export.document;

import java.util.List;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.TextStyle;

/**
 * A heading, wrapped if long and kept with what follows it. A level-1 heading opens a section: it starts a
 * new page, has a rule under it and names the running header of the pages that follow.
 */
public record Heading(String text, int level) implements Block {

    public static Heading section(String text) {
        return new Heading(text, 1);
    }

    public static Heading sub(String text) {
        return new Heading(text, 2);
    }

    public static Heading minor(String text) {
        return new Heading(text, 3);
    }

    @Override
    public String section() {
        return level == 1 ? text : null;
    }

    @Override
    public Laid lay(TextMeasure measure, double width, double pageHeight) {
        TextStyle style = level == 1 ? DocStyle.H1 : level == 2 ? DocStyle.H2 : DocStyle.H3;
        List<String> lines = Wrap.lines(measure, text, style, width);
        double before = level == 1 ? 0 : level == 2 ? 14 : 8;
        double after = level == 1 ? 12 : level == 2 ? 4 : 2;
        TextLines piece = new TextLines(lines, style, Palette.INK, 0, 0, after, level == 1 ? DocStyle.RULE : null,
                width);
        return new Laid(before, null, List.of(piece), true, level == 1);
    }
}
