package org.strategycanvas.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.strategycanvas.ui.format.SearchText;

/**
 * Which choices a typed text finds, best first; accents and case do not matter. From best to worst: the
 * name starts with the text; each typed word starts a word of the name ("pub res" finds "Publicité sur les
 * réseaux"); the name contains the text; the name in the other language matches one of these ways; the
 * group's name (a touchpoint's family) contains the text. Choices that match equally keep their order.
 */
final class QuickAddSearch {

    private static final int NO_MATCH = Integer.MAX_VALUE;

    private QuickAddSearch() {
    }

    static List<QuickAddChoice> find(String typed, List<QuickAddChoice> choices) {
        String query = SearchText.fold(typed);
        if (query.isEmpty()) {
            return List.copyOf(choices);
        }
        List<QuickAddChoice> found = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (QuickAddChoice choice : choices) {
            int rank = rank(query, choice);
            if (rank != NO_MATCH) {
                found.add(choice);
                ranks.add(rank);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(ranks::get));
        return order.stream().map(found::get).toList();
    }

    /** 0 is the best match; {@code NO_MATCH} when the choice does not match at all. */
    static int rank(String query, QuickAddChoice choice) {
        int own = nameRank(query, SearchText.fold(choice.name()));
        if (own != NO_MATCH) {
            return own;
        }
        int other = nameRank(query, SearchText.fold(choice.otherName()));
        if (other != NO_MATCH) {
            return 3 + other;
        }
        return SearchText.fold(choice.group()).contains(query) ? 6 : NO_MATCH;
    }

    private static int nameRank(String query, String name) {
        if (name.startsWith(query)) {
            return 0;
        }
        if (everyWordStartsAWord(query, name)) {
            return 1;
        }
        return name.contains(query) ? 2 : NO_MATCH;
    }

    private static boolean everyWordStartsAWord(String query, String name) {
        List<String> typed = SearchText.words(query);
        List<String> words = SearchText.words(name);
        return !typed.isEmpty() && typed.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
    }
}
