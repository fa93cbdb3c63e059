package org.strategycanvas.ui.start;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.io.ProjectFormat;
import org.strategycanvas.io.ProjectReader;
import org.strategycanvas.model.JourneyStage;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.PlanWarnings;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.Zone;
import org.strategycanvas.testing.SchemaCheck;

/** The shipped templates: valid files of the current format, in the jar, with real content, copied untitled. */
class TemplatesTest {

    private static final Path FOLDER = Path.of("assets/templates");

    static List<Template> templates() {
        return Template.ALL;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void theJarHoldsExactlyTheFileAndItMatchesTheSchema(Template template) throws Exception {
        byte[] file = Files.readAllBytes(FOLDER.resolve(template.id() + ProjectFormat.EXTENSION));
        byte[] inJar;
        try (InputStream in = Templates.class.getResourceAsStream(template.resource())) {
            assertNotNull(in, template.resource() + " is on the class path");
            inJar = in.readAllBytes();
        }
        assertArrayEquals(file, inJar);
        SchemaCheck.assertValid(file);
        assertEquals(ProjectFormat.CURRENT_VERSION, new ProjectReader().read(file, template.id()).fileVersion());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void eachIsARealPlanInItsOwnLanguage(Template template) throws Exception {
        Project p = Templates.read(template);
        assertEquals(template.language(), p.info().language());
        assertFalse(p.brief().purpose().isBlank());
        assertFalse(p.brief().startingPoint().isBlank());
        assertFalse(p.brief().futureState().isBlank());
        assertTrue(p.objectives().size() >= 2);
        for (Objective o : p.objectives()) {
            assertFalse(o.kpiMetric().isBlank(), o.title() + " has a KPI");
            assertNotNull(o.target(), o.title() + " has a target");
            assertNotNull(o.deadline(), o.title() + " has a deadline");
        }
        assertTrue(p.touchpoints().size() >= 8);
        assertTrue(p.touchpoints().stream().map(Touchpoint::budget).anyMatch(b -> b.signum() > 0), "budgets");
        assertTrue(p.touchpoints().stream().map(Touchpoint::split).distinct().count() >= 4, "varied mixes");
        assertTrue(p.actions().size() >= 4, "a few timeline actions");
        assertTrue(p.actuals().isEmpty() && p.versions().isEmpty(), "a fresh plan: nothing measured or saved yet");
        assertEquals(List.of(), PlanWarnings.of(p), "opens with no warning in the status bar");
    }

    @Test
    void theWorkshopBoardHasTheSixJourneyStagesAsZonesInOrder() throws Exception {
        Project p = Templates.read(new Template("workshop-board", "fr"));
        List<Zone> stages = p.zones().stream().filter(z -> z.stage() != null).toList();
        assertEquals(Arrays.stream(JourneyStage.values()).map(JourneyStage::id).toList(),
                stages.stream().map(Zone::stage).toList());
        for (int i = 1; i < stages.size(); i++) {
            assertTrue(stages.get(i).bounds().x() >= stages.get(i - 1).bounds().maxX(), "side by side, left to right");
        }
    }

    @Test
    void everyTemplateFileIsOfferedAndNamedInBothLanguages() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
        assertEquals(files, Template.ALL.stream().map(t -> t.id() + ProjectFormat.EXTENSION).collect(Collectors.toSet()));
        for (Locale locale : Messages.SUPPORTED) {
            Messages messages = new Messages(locale);
            for (Template t : Template.ALL) {
                assertTrue(messages.has(t.nameKey()) && messages.has(t.lineKey()), t.id() + " in " + locale);
            }
        }
        assertEquals("Atelier de réparation vélo", new Messages(Locale.FRENCH).get("start.template.bike-shop.name"));
        assertEquals("Bike repair shop", new Messages(Locale.ENGLISH).get("start.template.bike-shop.name"));
    }

    @Test
    void aCopyStartsNextMondayAndItsDatesKeepTheirPlaceInThePlan() throws Exception {
        Template bikes = new Template("bike-shop", "fr");
        Project template = Templates.read(bikes);
        assertEquals(LocalDate.of(2026, 3, 2), template.info().planStart());
        // Wednesday 11 March 2026: the copy starts on Monday 16 March, 14 days after the template.
        Project copy = Templates.copyFor(bikes, LocalDate.of(2026, 3, 11));
        assertEquals(LocalDate.of(2026, 3, 16), copy.info().planStart());
        // "Remplir l'agenda" is due 2026-09-30 in the template: 14 days later, 2026-10-14.
        assertEquals(LocalDate.of(2026, 9, 30), template.objectives().get(0).deadline());
        assertEquals(LocalDate.of(2026, 10, 14), copy.objectives().get(0).deadline());
        // The spring ads run 2026-03-02 .. 2026-05-31: now 2026-03-16 .. 2026-06-14.
        Touchpoint ads = copy.touchpoints().stream().filter(t -> t.label().startsWith("Publicités")).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 16), ads.activeFrom());
        assertEquals(LocalDate.of(2026, 6, 14), ads.activeTo());
        // Everything else is the template's: the actions count weeks from the start already.
        assertEquals(template.actions(), copy.actions());
        assertEquals(template.brief(), copy.brief());
        assertEquals(template.links(), copy.links());
        assertEquals(template.info().title(), copy.info().title());
        // On a Monday, the copy starts that very day.
        assertEquals(LocalDate.of(2026, 3, 2), Templates.copyFor(bikes, LocalDate.of(2026, 3, 2)).info().planStart());
        assertEquals(template, Templates.copyFor(bikes, LocalDate.of(2026, 3, 2)));
    }

    @Test
    void theBudgetsOfTheBikeShopAddUp() throws Exception {
        Project p = Templates.read(new Template("bike-shop", "fr"));
        // Actions' budgets in "better" (Confort): 0 + 900 + 50 + 400 + 100 + 60 + 150 = 1660.
        BigDecimal better = p.actions().stream().map(a -> a.budget("better")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("1660").compareTo(better));
    }
}
