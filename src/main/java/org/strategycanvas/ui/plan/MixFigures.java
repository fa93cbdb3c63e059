package org.strategycanvas.ui.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.PeriodUnit;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.mix.Mix;
import org.strategycanvas.model.mix.MixTimeline;
import org.strategycanvas.model.mix.PeriodMix;
import org.strategycanvas.model.mix.Periods;
import org.strategycanvas.model.mix.PlanMix;
import org.strategycanvas.model.mix.Weighting;
import org.strategycanvas.render.CardTexts;
import org.strategycanvas.render.MixChartColumn;
import org.strategycanvas.render.MixRow;

/** The plan's mix figures in words people read: the rows of the summary, the columns of the chart. */
final class MixFigures {

    private final Messages messages;
    private final DateTimeFormatter monthLabel;
    private final DateTimeFormatter date;
    private final CardTexts texts;
    private Project timelineOf;
    private List<PeriodMix> timeline = List.of();

    MixFigures(Messages messages) {
        this.messages = messages;
        this.monthLabel = DateTimeFormatter.ofPattern("MMM yy", messages.locale());
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.texts = new CardTexts(messages);
    }

    /** The plan's mix, weighted by the budgets of the active scenario, then unweighted, then by family. */
    List<MixRow> summary(Project project) {
        List<MixRow> rows = new ArrayList<>();
        List<Touchpoint> budgeted = project.activeBudgets().touchpoints();
        Mix weighted = PlanMix.budgetWeighted(budgeted);
        rows.add(new MixRow(messages.get(weighted.fellBackToEqual() ? "plan.mix.weightedFallback" : "plan.mix.weighted"),
                weighted.split().orElse(null), true));
        rows.add(new MixRow(messages.get("plan.mix.unweighted"),
                PlanMix.unweighted(project.touchpoints()).split().orElse(null), true));
        rows.add(new MixRow(messages.get("plan.mix.byFamily"), null, true));
        Map<Family, Mix> byFamily = PlanMix.byFamily(budgeted, Weighting.BUDGET);
        for (Family family : Family.values()) {
            Mix mix = byFamily.get(family);
            rows.add(new MixRow(messages.get("family." + family.id()),
                    mix == null ? null : mix.split().orElse(null), false));
        }
        return rows;
    }

    List<MixChartColumn> columns(Project project) {
        List<MixChartColumn> columns = new ArrayList<>();
        for (PeriodMix period : timeline(project)) {
            columns.add(new MixChartColumn(label(project.mixPlan().unit(), period.index(), period.start()),
                    period.phase().map(p -> p.name()).orElse(null), period.target().orElse(null),
                    period.planned().split().orElse(null), period.gap().orElse(0), period.flagged()));
        }
        return columns;
    }

    /**
     * The timeline of a project, computed once per version of it: the chart, the period editor and every
     * change of the selected periods ask for the same one.
     */
    private List<PeriodMix> timeline(Project project) {
        if (project != timelineOf) {
            timeline = MixTimeline.of(project);
            timelineOf = project;
        }
        return timeline;
    }

    private String label(PeriodUnit unit, int index, LocalDate start) {
        return unit == PeriodUnit.WEEK ? messages.get("chart.week", index + 1) : monthLabel.format(start);
    }

    /** "Planned: O 65 · E 11 · P 24 · Gap: 20 points" for one period; what is unknown is left out. */
    String planned(Project project, int period) {
        List<PeriodMix> periods = timeline(project);
        if (period >= periods.size()) {
            return "";
        }
        PeriodMix mix = periods.get(period);
        String planned = mix.planned().split().map(split -> messages.get("plan.period.planned", texts.split(split)))
                .orElse(messages.get("plan.period.nothingActive"));
        return mix.gap().isPresent() ? planned + " \u00b7 " + messages.get("plan.period.gap", mix.gap().getAsInt())
                : planned;
    }

    /** "Period 3: 1 Mar 2026 to 31 Mar 2026", or the run of periods selected. */
    String describe(Project project, int first, int last) {
        Periods periods = new Periods(project.info().planStart(), project.mixPlan());
        int to = Math.min(last, periods.count() - 1);
        int from = Math.min(first, to);
        String start = date.format(periods.start(from));
        String end = date.format(periods.end(to));
        return from == to ? messages.get("plan.period.one", from + 1, start, end)
                : messages.get("plan.period.range", from + 1, to + 1, start, end);
    }
}
