package org.strategycanvas.render;

import java.util.ArrayList;
import java.util.List;

/** Fits text into a width: cut with an ellipsis, or wrapped on spaces. */
public final class TextFit {

    static final String ELLIPSIS = "…";
    /** Marks a piece that follows a hyphen: it joins the previous one without a space. */
    private static final String JOIN = "\u0000";

    private TextFit() {
    }

    /** The text itself if it fits, else its longest start that fits followed by an ellipsis. */
    public static String ellipsize(Surface surface, String text, TextStyle style, double width) {
        if (surface.textWidth(text, style) <= width) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (surface.textWidth(text.substring(0, mid).stripTrailing() + ELLIPSIS, style) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? ELLIPSIS : text.substring(0, low).stripTrailing() + ELLIPSIS;
    }

    /**
     * The words of a paragraph, compound words cut after each hyphen (later parts marked {@link #JOIN}). French
     * punctuation set apart by a space stays with its word: "Instagram :" and "« Nos" never break.
     */
    private static List<String> pieces(String paragraph) {
        List<String> pieces = new ArrayList<>();
        String opening = null;
        for (String word : paragraph.trim().split("\\s+")) {
            if (word.matches("[:;!?»][:;!?»,.]*") && !pieces.isEmpty()) {
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + " " + word);
                continue;
            }
            if (word.equals("«")) {
                opening = opening == null ? word : opening + " " + word;
                continue;
            }
            String[] parts = word.split("(?<=-)(?=.)");
            for (int i = 0; i < parts.length; i++) {
                pieces.add(i == 0 ? (opening == null ? parts[i] : opening + " " + parts[i]) : JOIN + parts[i]);
            }
            opening = null;
        }
        if (opening != null) {
            pieces.add(opening);
        }
        return pieces;
    }

    /**
     * The text broken into lines no wider than the width, at most {@code maxLines}; the last line ends
     * with an ellipsis when text is left over. Lines break at spaces, and after the hyphen of a compound word
     * ("bouche-à-oreille"); a word longer than the width is cut.
     */
    public static List<String> wrap(Surface surface, String text, TextStyle style, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (maxLines <= 0) {
            return lines;
        }
        String[] paragraphs = text.split("\n", -1);
        boolean truncated = false;
        for (int p = 0; p < paragraphs.length && !truncated; p++) {
            StringBuilder line = new StringBuilder();
            List<String> pieces = pieces(paragraphs[p]);
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                boolean joined = piece.startsWith(JOIN);
                String word = joined ? piece.substring(1) : piece;
                if (line.length() == 0 && word.indexOf(' ') > 0 && surface.textWidth(word, style) > width) {
                    // Punctuation kept with a word that is too long for a line by itself: let them part.
                    pieces.remove(i);
                    pieces.addAll(i, List.of(word.split(" ")));
                    piece = pieces.get(i);
                    word = piece;
                    joined = false;
                }
                String candidate = line.length() == 0 ? word : line + (joined ? "" : " ") + word;
                if (line.length() == 0 || surface.textWidth(candidate, style) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (lines.size() == maxLines - 1) {
                    truncated = true;
                    break;
                }
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
            if (lines.size() == maxLines) {
                truncated = true;
            } else {
                lines.add(line.toString());
                if (lines.size() == maxLines && p < paragraphs.length - 1) {
                    truncated = true;
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            String line = last && truncated ? lines.get(i) + ELLIPSIS : lines.get(i);
            lines.set(i, ellipsize(surface, line, style, width));
        }
        return lines;
    }
}
