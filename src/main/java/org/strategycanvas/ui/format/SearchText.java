package org.strategycanvas.ui.format;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Text as a search compares it: lower case, without accents, so "evenement" finds "Événements". */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The words of a folded text: its runs of letters and digits ("référencement (sea)" gives two). */
    public static List<String> words(String folded) {
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
