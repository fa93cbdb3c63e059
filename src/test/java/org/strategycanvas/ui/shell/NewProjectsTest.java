package org.strategycanvas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Scenario;

/** A new plan names its scenarios in the interface's language; their ids do not change. */
class NewProjectsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);

    @Test
    void frenchPlansStartWithFrenchScenarioNames() {
        Project p = NewProjects.blank(new Messages(Locale.FRENCH), WEDNESDAY);
        assertEquals(List.of(new Scenario("good", "Essentiel"), new Scenario("better", "Confort"),
                new Scenario("best", "Ambition")), p.scenarios());
        assertEquals("good", p.activeScenario());
        assertEquals(LocalDate.of(2026, 3, 9), p.info().planStart(), "the next Monday");
    }

    @Test
    void englishPlansStartWithGoodBetterBest() {
        Project p = NewProjects.blank(new Messages(Locale.ENGLISH), WEDNESDAY);
        assertEquals(Scenario.DEFAULTS, p.scenarios());
        assertEquals("en", p.info().language());
    }
}
