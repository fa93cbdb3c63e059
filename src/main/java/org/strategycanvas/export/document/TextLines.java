package org.strategycanvas.export.document;

import java.util.List;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.render.Surface;
import org.strategycanvas.render.TextStyle;

/**
 * Lines of text in one style, set from the top with the style's leading, optionally with room above and
 * below and a rule under them across {@code width} (a section's heading); {@code rule} null for none.
 */
record TextLines(List<String> lines, TextStyle style, Rgb colour, double indent, double padTop, double padBottom,
                 Rgb rule, double width) implements Piece {

    TextLines {
        lines = List.copyOf(lines);
    }

    static TextLines of(List<String> lines, TextStyle style, Rgb colour, double indent) {
        return new TextLines(lines, style, colour, indent, 0, 0, null, 0);
    }

    @Override
    public double height() {
        return padTop + lines.size() * DocStyle.leading(style) + padBottom;
    }

    @Override
    public void draw(Surface s, double x, double y) {
        double top = y + padTop;
        for (String line : lines) {
            s.text(line, x + indent, top + style.size() * DocStyle.BASELINE, style, colour);
            top += DocStyle.leading(style);
        }
        if (rule != null) {
            double ruleY = top + padBottom / 3;
            s.line(x, ruleY, x + width, ruleY, rule, 1.2, Surface.SOLID);
        }
    }

    @Override
    public List<String> texts() {
        return lines;
    }
}
