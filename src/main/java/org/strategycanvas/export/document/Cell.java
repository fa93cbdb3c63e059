package org.strategycanvas.export.document;

import java.util.List;
import java.util.Optional;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.render.MediaBars;
import org.strategycanvas.render.Palette;
import org.strategycanvas.render.Rgb;
import org.strategycanvas.render.Surface;
import org.strategycanvas.render.TextStyle;

/** What a table cell holds: text, wrapped whole, or a media mix bar with its numbers in words. */
public interface Cell {

    /** The cell laid out across a width, in the row's style. */
    Fitted fit(TextMeasure measure, TextStyle style, double width, boolean right);

    /** The width of its widest word: narrower, a word would have to be cut. */
    double widestWord(TextMeasure measure, TextStyle style);

    /** The widest of the words of a text, split where lines may break. */
    static double widestWord(TextMeasure measure, String text, TextStyle style) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, measure.width(word, style));
        }
        return widest;
    }

    /** A cell fitted to its width: its height, how to draw it, and how to cut it when its row is taller than a page. */
    interface Fitted {
        double height();

        void draw(Surface s, double x, double y);

        List<String> texts();

        /** The part that fits in {@code room} and the rest; empty when it cannot be cut. */
        default Optional<List<Fitted>> cut(double room) {
            return Optional.empty();
        }
    }

    static Cell text(String text) {
        return new Text(text, null);
    }

    static Cell muted(String text) {
        return new Text(text, Palette.MUTED_INK);
    }

    static Cell mix(MediaSplit split, String words) {
        return new Mix(split, words);
    }

    /** Text wrapped to the cell's width; {@code colour} null for the row's ink. */
    record Text(String text, Rgb colour) implements Cell {
        @Override
        public double widestWord(TextMeasure measure, TextStyle style) {
            return Cell.widestWord(measure, text, style);
        }

        @Override
        public Fitted fit(TextMeasure measure, TextStyle style, double width, boolean right) {
            List<String> lines = text.isBlank() ? List.of() : Wrap.lines(measure, text, style, width);
            double[] widths = new double[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                widths[i] = right ? measure.width(lines.get(i), style) : 0;
            }
            return new TextFitted(lines, widths, style, colour == null ? Palette.INK : colour, width, right);
        }
    }

    /** Lines of a text cell; right-aligned lines keep their measured widths. */
    record TextFitted(List<String> lines, double[] widths, TextStyle style, Rgb colour, double width, boolean right)
            implements Fitted {

        @Override
        public double height() {
            return lines.size() * DocStyle.leading(style);
        }

        @Override
        public void draw(Surface s, double x, double y) {
            double top = y;
            for (int i = 0; i < lines.size(); i++) {
                double left = right ? x + width - widths[i] : x;
                s.text(lines.get(i), left, top + style.size() * DocStyle.BASELINE, style, colour);
                top += DocStyle.leading(style);
            }
        }

        @Override
        public List<String> texts() {
            return lines;
        }

        @Override
        public Optional<List<Fitted>> cut(double room) {
            int fit = (int) Math.floor(room / DocStyle.leading(style));
            if (fit >= lines.size()) {
                return Optional.of(List.of(this, part(lines.size(), lines.size())));
            }
            return Optional.of(List.of(part(0, Math.max(0, fit)), part(Math.max(0, fit), lines.size())));
        }

        private TextFitted part(int from, int to) {
            return new TextFitted(lines.subList(from, to),
                    java.util.Arrays.copyOfRange(widths, from, to), style, colour, width, right);
        }
    }

    /** A horizontal owned / earned / paid bar, its numbers in words under it. */
    record Mix(MediaSplit split, String words) implements Cell {
        private static final double BAR = 9;

        @Override
        public double widestWord(TextMeasure measure, TextStyle style) {
            return Cell.widestWord(measure, words, style);
        }

        @Override
        public Fitted fit(TextMeasure measure, TextStyle style, double width, boolean right) {
            Fitted words = new Text(this.words, null).fit(measure, style, width, false);
            return new Fitted() {
                @Override
                public double height() {
                    return BAR + 3 + words.height();
                }

                @Override
                public void draw(Surface s, double x, double y) {
                    MediaBars.horizontal(s, split, x, y + 1, width, BAR);
                    words.draw(s, x, y + BAR + 3);
                }

                @Override
                public List<String> texts() {
                    return words.texts();
                }
            };
        }
    }
}
