package org.strategycanvas.export.document;

import java.util.ArrayList;
import java.util.List;
import org.strategycanvas.render.TextStyle;

/**
 * Breaks text into lines no wider than a width, never dropping a character: lines break at spaces (not at
 * no-break spaces, so "1 200 €" stays whole), at line breaks in the text, and a word wider than the width is
 * cut between two letters. Nothing is ever replaced by an ellipsis: the whole text is printed.
 */
final class Wrap {

    private Wrap() {
    }

    static List<String> lines(TextMeasure measure, String text, TextStyle style, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\r?\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("[ \\t]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (measure.width(candidate, style) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (measure.width(rest, style) > width && rest.length() > 1) {
                    int cut = longestFit(measure, rest, style, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many of the first characters fit in the width: at least one, never splitting a surrogate pair. */
    private static int longestFit(TextMeasure measure, String word, TextStyle style, double width) {
        int fit = Character.charCount(word.codePointAt(0));
        int next = fit;
        while (next < word.length()) {
            int after = next + Character.charCount(word.codePointAt(next));
            if (measure.width(word.substring(0, after), style) > width) {
                break;
            }
            fit = after;
            next = after;
        }
        return fit;
    }
}
