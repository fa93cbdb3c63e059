package org.strategycanvas.ui.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.plan.Actual;
import org.strategycanvas.model.plan.Progress;

/** The feedback sentences of the sample's online orders, in French as the bakery reads them. */
class ProgressTextsTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    // From 40 to 150 orders by 31 Dec 2026: 304 days from 2 Mar.
    private final Objective orders = Objective.create("ob-17", "Commandes", 0, 0).withKpi("Commandes en ligne",
            "commandes", new BigDecimal("40"), new BigDecimal("150"), LocalDate.of(2026, 12, 31));

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void theProgressOfTheSampleInFrench() {
        ProgressTexts texts = new ProgressTexts(new Messages(Locale.FRENCH));
        // 75 on 30 Apr: (75 - 40) / 110 = 31.82 % → 32 %. 30 Apr is day 59: 59/304 = 19.41 % → 19 %.
        // 24 Nov is day 267: 40 + 110 * 267/304 = 136.6118 → 136.6 orders, 87.83 % → 88 %.
        Progress p = Progress.of(orders, START, List.of(new Actual("ob-17", LocalDate.of(2026, 4, 30),
                new BigDecimal("75"))), LocalDate.of(2026, 11, 24));
        assertEquals("32 % du chemin parcouru au 30 avr. 2026 (19 % prévus à cette date).",
                plain(texts.progressSentence(p)));
        assertEquals("Attendu aujourd'hui : 88 % du chemin (136,6 commandes).",
                plain(texts.expectedTodaySentence(p, orders)));
        assertEquals("32 % · Dans les temps", plain(texts.summary(p)));
        assertEquals("1 200,5 commandes", plain(texts.value(new BigDecimal("1200.5"), "commandes")));
    }

    @Test
    void aValueWithoutDeadlineIsNotCalledNoData() {
        // Google rating from 4.3 to 4.7, no deadline; 4.4 is (4.4 - 4.3) / 0.4 = 25 % of the way.
        Objective rating = Objective.create("ob-19", "Avis", 0, 0).withKpi("Note", "étoiles",
                new BigDecimal("4.3"), new BigDecimal("4.7"), null);
        Progress p = Progress.of(rating, START, List.of(new Actual("ob-19", LocalDate.of(2026, 4, 30),
                new BigDecimal("4.4"))), LocalDate.of(2026, 11, 24));
        ProgressTexts texts = new ProgressTexts(new Messages(Locale.FRENCH));
        assertEquals("25 % · Sans trajectoire", plain(texts.summary(p)));
        assertEquals("Pas de mesure", texts.summary(Progress.of(rating, START, List.of(), LocalDate.of(2026, 11, 24))));
    }

    @Test
    void aBadNumberIsSaidPlainly() {
        assertEquals("« 12abc » n'est pas un nombre : tapez une valeur comme 12,5.",
                plain(new Messages(Locale.FRENCH).get("feedback.measures.notANumber", "12abc")));
    }
}
