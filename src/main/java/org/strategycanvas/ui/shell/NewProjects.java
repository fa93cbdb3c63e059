package org.strategycanvas.ui.shell;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.plan.Plan;
import org.strategycanvas.model.plan.Scenario;

/** What a new, empty plan starts with. */
public final class NewProjects {

    private NewProjects() {
    }

    /**
     * An empty plan in the interface's language, in euros, starting next Monday, with the three budget
     * scenarios named in that language (their ids stay good, better, best).
     */
    public static Project blank(Messages messages, LocalDate today) {
        LocalDate start = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        List<Scenario> scenarios = Scenario.DEFAULTS.stream()
                .map(s -> new Scenario(s.id(), messages.get("scenarios.default." + s.id()))).toList();
        return Project.empty(new ProjectInfo(messages.get("document.newTitle"), "", "",
                messages.locale().getLanguage(), "EUR", start)).withScenarios(scenarios, Plan.DEFAULT.activeScenario());
    }
}
