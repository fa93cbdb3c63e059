package org.strategycanvas.ui.start;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.strategycanvas.io.ProjectFileException;
import org.strategycanvas.io.ProjectReader;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.ProjectInfo;
import org.strategycanvas.model.Touchpoint;

/** Reads a template through the project reader and makes the copy a person starts from. */
public final class Templates {

    private Templates() {
    }

    /** The template as it is shipped, read as any project file is. */
    public static Project read(Template template) throws ProjectFileException {
        String name = template.id() + ".strategy.json";
        byte[] bytes;
        try (InputStream in = Templates.class.getResourceAsStream(template.resource())) {
            if (in == null) {
                throw new ProjectFileException("io.error.notFound", name);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ProjectFileException(e, "io.error.unreadable", name);
        }
        return new ProjectReader().read(bytes, name).project();
    }

    /** The template moved in time to start next Monday (or today, a Monday), ready to become a new plan. */
    public static Project copyFor(Template template, LocalDate today) throws ProjectFileException {
        return startingOn(read(template), today.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
    }

    /**
     * The plan moved so that it starts on {@code start}: deadlines and activity dates move by as many days,
     * so that each keeps its place in the plan (actions and the mix plan count from the start already).
     * A new plan has measured nothing and saved no version yet: those are left out.
     */
    public static Project startingOn(Project plan, LocalDate start) {
        long days = ChronoUnit.DAYS.between(plan.info().planStart(), start);
        List<Objective> objectives = plan.objectives().stream()
                .map(o -> o.withKpi(o.kpiMetric(), o.unit(), o.baseline(), o.target(), shift(o.deadline(), days)))
                .toList();
        List<Touchpoint> touchpoints = plan.touchpoints().stream()
                .map(t -> t.withActiveRange(shift(t.activeFrom(), days), shift(t.activeTo(), days)))
                .toList();
        ProjectInfo info = plan.info();
        return plan.withContent(touchpoints, objectives, plan.links(), plan.notes(), plan.zones())
                .withInfo(new ProjectInfo(info.title(), info.organisation(), info.author(),
                        info.language(), info.currency(), start))
                .withActuals(List.of()).withVersions(List.of());
    }

    private static LocalDate shift(LocalDate date, long days) {
        return date == null ? null : date.plusDays(days);
    }
}
