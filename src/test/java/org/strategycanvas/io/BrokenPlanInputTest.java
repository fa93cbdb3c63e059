package org.strategycanvas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Action;
import org.strategycanvas.model.plan.Actual;
import org.strategycanvas.model.plan.PlanVersion;

/** Broken plan parts of a version 3 file: each refused with one plain sentence naming the place, EN and FR. */
class BrokenPlanInputTest {

    @TempDir
    Path dir;

    /** The small project with one action (ac-1 on tp-4 for ob-3), one actual and one saved version. */
    static Project base() {
        Project p = ProjectWriterTest.small();
        Action action = new Action("ac-1", "Lancer le site", "tp-4", "ob-3", 0, 2, "Ana",
                Map.of("good", new BigDecimal("100")), true);
        return p.withActions(List.of(action))
                .withActuals(List.of(new Actual("ob-3", LocalDate.of(2026, 3, 20), new BigDecimal("14"))))
                .withVersions(List.of(new PlanVersion("v1", LocalDate.of(2026, 2, 1), p.touchpoints(),
                        p.objectives(), List.of(action))));
    }

    private static ObjectNode action(ObjectNode root) {
        return (ObjectNode) root.get("actions").get(0);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("action on an unknown touchpoint",
                        (Consumer<ObjectNode>) r -> action(r).put("touchpoint", "tp-99"), "io.error.actionUnknownTouchpoint",
                        "action \u201cac-1\u201d on a touchpoint that does not exist",
                        "action « ac-1 » sur un point de contact qui n'existe pas"),
                Arguments.of("action for an unknown objective",
                        (Consumer<ObjectNode>) r -> action(r).put("objective", "ob-99"), "io.error.actionUnknownObjective",
                        "action \u201cac-1\u201d for an objective", "action « ac-1 » pour un objectif"),
                Arguments.of("duration 0",
                        (Consumer<ObjectNode>) r -> action(r).put("durationWeeks", 0), "io.error.badDuration",
                        "gives action 1 (ac-1) a duration of 0 weeks", "donne à l'action 1 (ac-1) une durée de 0 semaines"),
                Arguments.of("start before the plan",
                        (Consumer<ObjectNode>) r -> action(r).put("startWeek", -1), "io.error.badStartWeek",
                        "starts action 1 (ac-1) in week -1", "fait commencer l'action 1 (ac-1) en semaine -1"),
                Arguments.of("negative budget",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) action(r).get("budgets")).put("good", -5),
                        "io.error.negativeBudget", "negative budget in action 1 (ac-1)",
                        "budget négatif dans l'action 1 (ac-1)"),
                Arguments.of("budget for an unknown scenario",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) action(r).get("budgets")).put("ghost", 5),
                        "io.error.actionUnknownScenario", "action \u201cac-1\u201d with a budget for a scenario",
                        "action « ac-1 » avec un budget pour un scénario"),
                Arguments.of("active scenario missing",
                        (Consumer<ObjectNode>) r -> r.put("activeScenario", "gone"), "io.error.unknownActiveScenario",
                        "makes \u201cgone\u201d the active scenario", "désigne « gone » comme scénario actif"),
                Arguments.of("two scenarios with one id",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("scenarios").get(1)).put("id", "good"),
                        "io.error.duplicateScenario", "scenario id \u201cgood\u201d more than once",
                        "identifiant de scénario « good » plusieurs fois"),
                Arguments.of("actual for an unknown objective",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("actuals").get(0)).put("objective", "ob-99"),
                        "io.error.actualUnknownObjective", "objective \u201cob-99\u201d that does not exist",
                        "objectif « ob-99 » qui n'existe pas"),
                Arguments.of("duplicate action id",
                        (Consumer<ObjectNode>) r -> ((ArrayNode) r.get("actions")).add(action(r).deepCopy()),
                        "io.error.duplicateAction", "action id \u201cac-1\u201d more than once",
                        "identifiant d'action « ac-1 » plusieurs fois"),
                Arguments.of("unknown journey stage on a touchpoint",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("touchpoints").get(0)).putArray("stages")
                                .add("nowhere"), "io.error.unknownStage",
                        "unknown journey stage \u201cnowhere\u201d in touchpoint 1 (tp-4)",
                        "étape du parcours inconnue « nowhere » dans le point de contact 1 (tp-4)"),
                Arguments.of("unknown journey stage on a zone",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("zones").get(0)).put("stage", "later"),
                        "io.error.unknownStage", "\u201clater\u201d in zone 1 (zn-1)", "« later » dans la zone 1 (zn-1)"),
                Arguments.of("action without its milestone flag",
                        (Consumer<ObjectNode>) r -> action(r).remove("milestone"), "io.error.missingField",
                        "lacks the entry \u201cmilestone\u201d in action 1 (ac-1)",
                        "« milestone » dans l'action 1 (ac-1)"),
                Arguments.of("brief without a purpose",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("brief")).remove("purpose"),
                        "io.error.missingField", "\u201cpurpose\u201d in the brief", "« purpose » dans le brief"),
                Arguments.of("version saved on a bad date",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("versions").get(0)).put("saved", "01/02/2026"),
                        "io.error.badDate", "\u201c01/02/2026\u201d in saved version 1 (\u201cv1\u201d)",
                        "« 01/02/2026 » dans la version enregistrée 1 (« v1 »)"),
                Arguments.of("text for a start week",
                        (Consumer<ObjectNode>) r -> action(r).put("startWeek", "two"), "io.error.wrongType",
                        "\u201cstartWeek\u201d in action 1 (ac-1), at line", "« startWeek » dans l'action 1 (ac-1)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithThePlaceInBothLanguages(String name, Consumer<ObjectNode> breakIt, String key, String english,
                                            String french) throws Exception {
        ObjectNode root = (ObjectNode) JsonMappers.reader().readTree(new ProjectWriter().write(base()));
        breakIt.accept(root);
        Path file = Files.write(dir.resolve("plan.strategy.json"),
                JsonMappers.reader().writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> new ProjectFiles().open(file));
        assertEquals(key, e.key(), e.getMessage());
        String en = e.message(Locale.ENGLISH);
        String fr = e.message(Locale.FRENCH);
        assertTrue(en.contains(english) && en.contains("plan.strategy.json") && en.endsWith("."), en);
        assertTrue(fr.contains(french) && fr.contains("plan.strategy.json") && fr.endsWith("."), fr);
        assertFalse(en.contains("\n") || fr.contains("\n") || en.contains("{") || fr.contains("{"));
    }

    @Test
    void theBaseItselfOpensAndRoundTrips() throws Exception {
        Path file = Files.write(dir.resolve("plan.strategy.json"), new ProjectWriter().write(base()));
        assertEquals(base(), new ProjectFiles().open(file).project());
    }
}
