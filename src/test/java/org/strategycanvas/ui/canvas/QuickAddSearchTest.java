package org.strategycanvas.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.ui.canvas.QuickAddChoice.Kind;

/** What typing a name finds in the quick-add field, in French and in English, accents and case aside. */
class QuickAddSearchTest {

    private static final List<QuickAddChoice> FRENCH = QuickAddChoice.all(new Messages(Locale.FRENCH));
    private static final List<QuickAddChoice> ENGLISH = QuickAddChoice.all(new Messages(Locale.ENGLISH));

    private static List<String> names(String typed, List<QuickAddChoice> choices) {
        return QuickAddSearch.find(typed, choices).stream().map(QuickAddChoice::name).toList();
    }

    private static TouchpointType first(String typed, List<QuickAddChoice> choices) {
        return QuickAddSearch.find(typed, choices).get(0).type();
    }

    @Test
    void everyTypeThenAnObjectiveANoteAndAZone() {
        assertEquals(TouchpointType.values().length + 3, FRENCH.size());
        assertEquals(FRENCH, QuickAddSearch.find("  ", FRENCH), "nothing typed: everything, in order");
        assertEquals(List.of(Kind.OBJECTIVE, Kind.NOTE, Kind.ZONE),
                FRENCH.subList(FRENCH.size() - 3, FRENCH.size()).stream().map(QuickAddChoice::kind).toList());
    }

    @Test
    void theStartOfANameFindsIt() {
        assertEquals(TouchpointType.NEWSLETTER, first("newsl", FRENCH));
        assertEquals(TouchpointType.NEWSLETTER, first("NewsL", ENGLISH));
        assertEquals(TouchpointType.BLOG, first("blog", FRENCH));
        assertEquals(TouchpointType.BLOG, first("blog", ENGLISH));
        assertEquals(List.of("Newsletter"), names("newsl", FRENCH));
    }

    @Test
    void accentsDoNotMatter() {
        List<String> both = List.of("Référencement payant (SEA)", "Référencement naturel (SEO)");
        assertEquals(both, names("referencement", FRENCH));
        assertEquals(both, names("réf", FRENCH));
        assertEquals(TouchpointType.EVENTS, first("evenement", FRENCH));
        assertEquals(TouchpointType.PHONE, first("telephone", FRENCH));
    }

    @Test
    void aWordInsideTheNameComesAfterNamesThatStartWithIt() {
        // "Publicité sur les réseaux" has a word starting with "reseau" (rank 1); the family "Réseaux sociaux"
        // brings its eight touchpoints after it (rank 6), in the palette's order.
        List<String> found = names("reseau", FRENCH);
        assertEquals("Publicité sur les réseaux", found.get(0));
        assertEquals(List.of("Facebook", "Instagram", "LinkedIn", "YouTube", "X (Twitter)", "TikTok", "Pinterest",
                "Sites d'avis"), found.subList(1, found.size()));
    }

    @Test
    void eachTypedWordStartsAWord() {
        assertEquals(List.of("Publicité sur les réseaux"), names("pub res", FRENCH));
        assertEquals(List.of("Référencement naturel (SEO)"), names("ref nat", FRENCH));
        assertEquals(TouchpointType.SEO, first("seo", FRENCH), "inside the brackets too");
    }

    @Test
    void theOtherLanguagesNameFindsItAfterTheWindowsOwn() {
        assertEquals(TouchpointType.WEBSITE, first("website", FRENCH), "Site web");
        assertEquals(TouchpointType.STORE, first("boutique", ENGLISH), "Store");
        // "site" starts "Site web" (rank 0) before "Sites d'avis" (rank 0 too, later in the palette), and the
        // English "Website" (contains, rank 3 + 2) finds nothing more.
        assertEquals(List.of("Site web", "Sites d'avis"), names("site", FRENCH));
    }

    @Test
    void theCanvasElementsByName() {
        assertEquals(Kind.OBJECTIVE, QuickAddSearch.find("objectif", FRENCH).get(0).kind());
        assertEquals(Kind.NOTE, QuickAddSearch.find("note", ENGLISH).get(0).kind(), "Sticky note");
        assertEquals(Kind.ZONE, QuickAddSearch.find("zone", FRENCH).get(0).kind());
    }

    @Test
    void nothingMatchesNonsense() {
        assertTrue(QuickAddSearch.find("xqzw", FRENCH).isEmpty());
    }
}
