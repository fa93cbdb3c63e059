package org.strategycanvas.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.MediaSplit;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.TouchpointType;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.PlanVersion;
import org.strategycanvas.model.plan.Scenario;

/** The differences with a version, in words, grouped, with money and units, in both languages. */
class VersionTextsTest {

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private final Touchpoint site = Touchpoint.create("tp-1", TouchpointType.WEBSITE, "Site", 0, 0)
            .withBudget(bd("600"));
    private final Touchpoint blog = Touchpoint.create("tp-2", TouchpointType.BLOG, "Blog", 0, 0);
    private final Touchpoint store = Touchpoint.create("tp-3", TouchpointType.STORE, "Boutique", 0, 0);
    private final Objective orders = Objective.create("ob-4", "Orders", 0, 0)
            .withKpi("Orders", "orders", bd("40"), bd("150"), null);
    private final Action cakes = new Action("ac-5", "Cakes online", null, null, 0, 1, "",
            Map.of(Scenario.GOOD, bd("800")), false);

    private final PlanVersion version = new PlanVersion("Before", LocalDate.of(2026, 2, 20),
            List.of(site, blog), List.of(orders), List.of(cakes));

    /** Site renamed, dearer and with another split; the blog gone, the store new; a budget and a target up. */
    private Project now() {
        Touchpoint changed = site.withLabel("Web shop").withBudget(bd("1250.5")).withSplit(new MediaSplit(50, 30, 20));
        Objective raised = orders.withKpi("Orders", "orders", bd("40"), bd("180"), null);
        Action dearer = cakes.withBudgets(Map.of(Scenario.GOOD, bd("1000")));
        Project project = new Project(new ProjectInfo("Shop", "", "", "en", "EUR", LocalDate.of(2026, 1, 5)),
                List.of(changed, store), List.of(raised), List.of(), List.of(), List.of());
        return project.withPlan(project.plan().withActions(List.of(dearer)));
    }

    private static String lines(List<VersionTexts.Group> groups) {
        StringBuilder text = new StringBuilder();
        groups.forEach(g -> {
            text.append(g.title()).append('\n');
            g.lines().forEach(l -> text.append("  ").append(l).append('\n'));
        });
        return text.toString();
    }

    @Test
    void inEnglish() {
        VersionTexts texts = new VersionTexts(new Messages(Locale.ENGLISH));
        assertEquals(("""
                Touchpoint added
                  “Boutique”
                Touchpoint removed
                  “Blog”
                Touchpoint changed
                  “Web shop”: renamed, was “Site”; media split O 85 · E 10 · P 5 → O 50 · E 30 · P 20; \
                budget €600 → €1,250.50
                Budget changed
                  “Cakes online”, Good: €800 → €1,000
                Target changed
                  “Orders”: 150 → 180 orders
                """).replace("180 orders", "180\u00a0orders"), lines(texts.differences(version, now())));
        assertEquals("Before \u2014 Feb 20, 2026", texts.title(version));
    }

    @Test
    void inFrench() {
        VersionTexts texts = new VersionTexts(new Messages(Locale.FRENCH));
        String text = lines(texts.differences(version, now())).replace('\u00a0', ' ').replace('\u202f', ' ');
        assertEquals("""
                Point de contact ajouté
                  « Boutique »
                Point de contact retiré
                  « Blog »
                Point de contact modifié
                  « Web shop » : renommé, anciennement « Site » ; répartition des médias Pr 85 · G 10 · Pa 5 \
                → Pr 50 · G 30 · Pa 20 ; budget 600 € → 1 250,50 €
                Budget modifié
                  « Cakes online », Good : 800 € → 1 000 €
                Cible modifiée
                  « Orders » : 150 → 180 orders
                """, text);
        assertEquals("Version du 24 nov. 2026", new Messages(Locale.FRENCH).get("feedback.versions.defaultName",
                texts.date(LocalDate.of(2026, 11, 24))));
    }

    @Test
    void aNameWithItsOwnQuotesIsNotQuotedAgain() {
        Touchpoint blogWithQuotes = blog.withLabel("Blog \u00ab\u00a0Nos recettes\u00a0\u00bb");
        PlanVersion before = new PlanVersion("Before", LocalDate.of(2026, 2, 20), List.of(site), List.of(), List.of());
        Project project = new Project(new ProjectInfo("Shop", "", "", "fr", "EUR", LocalDate.of(2026, 1, 5)),
                List.of(site, blogWithQuotes), List.of(), List.of(), List.of(), List.of());
        List<VersionTexts.Group> groups = new VersionTexts(new Messages(Locale.FRENCH)).differences(before, project);
        assertEquals(List.of("Blog \u00ab\u00a0Nos recettes\u00a0\u00bb"), groups.get(0).lines());
    }
}
