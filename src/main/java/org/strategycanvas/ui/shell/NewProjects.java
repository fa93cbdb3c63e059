package org.strategycanvas.ui.shell;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;

/** What a new, empty plan starts with. */
public final class NewProjects {

    private NewProjects() {
    }

    /** An empty plan in the interface's language, in euros, starting next Monday. */
    public static Project blank(Messages messages, LocalDate today) {
        LocalDate start = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return Project.empty(new ProjectInfo(messages.get("document.newTitle"), "", "",
                messages.locale().getLanguage(), "EUR", start));
    }
}
