package org.strategycanvas.export.document;

import java.time.format.DateTimeFormatter;
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
import org.strategycanvas.model.mix.PlanMix;
import org.strategycanvas.model.mix.Weighting;
import org.strategycanvas.render.MixChartColumn;
import org.strategycanvas.render.MixChartPainter;
import org.strategycanvas.render.MixLegend;

/**
 * The media mix: the plan's mix (budget-weighted in the active scenario, unweighted, then by family) as a
 * table of bars, and the mix over time as the app's chart with its key, its period range and the periods
 * whose gap to their target is too wide, in words. Left out when the canvas has no touchpoint.
 */
final class MixSection {

    static final double CHART_HEIGHT = 210;
    /** Room left of the chart: its axis labels ("100 %") reach a little left of where it is drawn. */
    private static final double INSET = 8;

    private final Messages messages;
    private final DocumentTexts texts;

    MixSection(Messages messages, DocumentTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    List<Block> blocks(Project project, double width) {
        if (project.touchpoints().isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Heading.section(texts.get("document.section.mix")));
        blocks.add(Heading.sub(texts.get("plan.mix.summaryTab")));
        blocks.add(planMix(project));
        blocks.add(Heading.sub(texts.get("plan.mix.title")));
        List<PeriodMix> periods = MixTimeline.of(project);
        blocks.add(Paragraph.caption(range(project, periods)));
        blocks.add(chart(columns(project, periods), width));
        blocks.add(Paragraph.note(texts.get("plan.mix.chartLegend")));
        blocks.add(Paragraph.body(flagged(project, periods)));
        return blocks;
    }

    private Table planMix(Project project) {
        List<Touchpoint> budgeted = project.activeBudgets().touchpoints();
        List<Table.Row> rows = new ArrayList<>();
        Mix weighted = PlanMix.budgetWeighted(budgeted);
        rows.add(row(texts.get(weighted.fellBackToEqual() ? "plan.mix.weightedFallback" : "plan.mix.weighted"),
                weighted));
        rows.add(row(texts.get("plan.mix.unweighted"), PlanMix.unweighted(project.touchpoints())));
        rows.add(Table.Row.group(texts.get("plan.mix.byFamily")));
        Map<Family, Mix> byFamily = PlanMix.byFamily(budgeted, Weighting.BUDGET);
        for (Family family : Family.values()) {
            Mix mix = byFamily.get(family);
            if (!mix.isEmpty()) {
                rows.add(row(texts.get("family." + family.id()) + " ("
                        + texts.get("document.touchpoints.count", mix.touchpointCount()) + ")", mix));
            }
        }
        return Table.of(List.of(Table.Column.left(texts.get("document.mix.scope"), 1.2),
                Table.Column.left(texts.get("document.mix.split"), 2)), rows, texts.get("document.continued"));
    }

    private Table.Row row(String label, Mix mix) {
        Cell split = mix.split().map(s -> Cell.mix(s, texts.cards().split(s)))
                .orElse(Cell.muted(texts.get("plan.mix.none")));
        return Table.Row.of(Cell.text(label), split);
    }

    /** The chart's columns, labelled by the month's short name ("mars") or the week's number ("S3"). */
    private List<MixChartColumn> columns(Project project, List<PeriodMix> periods) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", messages.locale());
        boolean weeks = project.mixPlan().unit() == PeriodUnit.WEEK;
        List<MixChartColumn> columns = new ArrayList<>();
        for (PeriodMix p : periods) {
            String label = weeks ? messages.get("chart.week", p.index() + 1) : month.format(p.start());
            columns.add(new MixChartColumn(label, p.phase().map(ph -> ph.name()).orElse(null),
                    p.target().orElse(null), p.planned().split().orElse(null), p.gap().orElse(0), p.flagged()));
        }
        return columns;
    }

    private Picture chart(List<MixChartColumn> columns, double width) {
        MixChartPainter painter = new MixChartPainter(messages);
        MixLegend legend = new MixLegend(messages);
        double height = CHART_HEIGHT + 8 + legend.height();
        List<String> labels = new ArrayList<>();
        columns.forEach(c -> labels.add(c.label()));
        return new Picture(width, height, s -> {
            painter.paint(s, columns, INSET, 0, width - INSET, CHART_HEIGHT);
            legend.paint(s, INSET + MixChartPainter.AXIS, CHART_HEIGHT + 8);
        }, labels, DocStyle.PARAGRAPH_GAP);
    }

    private String range(Project project, List<PeriodMix> periods) {
        String first = texts.longDate(periods.get(0).start());
        String last = texts.longDate(periods.get(periods.size() - 1).end());
        String key = project.mixPlan().unit() == PeriodUnit.WEEK ? "document.mix.byWeek" : "document.mix.byMonth";
        return texts.get(key, first, last);
    }

    /** The periods off their target, "mars (22 points), avr. (18 points)", or that none is. */
    private String flagged(Project project, List<PeriodMix> periods) {
        int threshold = project.mixPlan().gapThreshold();
        List<String> names = new ArrayList<>();
        for (PeriodMix p : periods) {
            if (p.flagged()) {
                String period = project.mixPlan().unit() == PeriodUnit.WEEK
                        ? messages.get("chart.week", p.index() + 1) : texts.monthInText(java.time.YearMonth.from(p.start()));
                names.add(texts.get("document.mix.flaggedPeriod", period, p.gap().orElse(0)));
            }
        }
        if (names.isEmpty()) {
            return texts.get(project.mixPlan().targets().isEmpty() ? "document.mix.noTarget" : "document.mix.noFlag",
                    threshold);
        }
        return texts.get("document.mix.flagged", threshold, String.join(", ", names));
    }
}
