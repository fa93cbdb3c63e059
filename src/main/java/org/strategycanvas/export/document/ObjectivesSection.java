package org.strategycanvas.export.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.strategycanvas.model.Objective;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Actual;
import org.strategycanvas.model.plan.Progress;

/**
 * The objectives and their KPIs in one table: baseline, target, deadline, the latest value measured by the
 * export date, the share of the way it stands for and the status against the expected line. Left out when
 * the plan has no objective.
 */
final class ObjectivesSection {

    private final DocumentTexts texts;

    ObjectivesSection(DocumentTexts texts) {
        this.texts = texts;
    }

    List<Block> blocks(Project project, LocalDate exportDate) {
        if (project.objectives().isEmpty()) {
            return List.of();
        }
        List<Table.Row> rows = new ArrayList<>();
        for (Objective o : project.objectives()) {
            Progress progress = Progress.of(o, project.info().planStart(), project.actuals(), exportDate);
            rows.add(Table.Row.texts(title(o), kpi(o), number(o.baseline()), number(o.target()),
                    o.deadline() == null ? texts.dash() : texts.date(o.deadline()), latest(progress, o),
                    progress.percent().map(texts::percent).orElse(texts.dash()), status(progress)));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Heading.section(texts.get("document.section.objectives")));
        blocks.add(Table.of(List.of(
                Table.Column.left(texts.get("document.objectives.title"), 2.8),
                Table.Column.left(texts.get("document.objectives.kpi"), 2.0),
                Table.Column.right(texts.get("document.objectives.baseline"), 0.8),
                Table.Column.right(texts.get("document.objectives.target"), 0.8),
                Table.Column.right(texts.get("document.objectives.deadline"), 1.1),
                Table.Column.right(texts.get("document.objectives.latest"), 1.3),
                Table.Column.right(texts.get("document.objectives.progress"), 1.0),
                Table.Column.left(texts.get("document.objectives.status"), 1.1)), rows,
                texts.get("document.continued")));
        blocks.add(Paragraph.note(texts.get("document.objectives.note", texts.longDate(exportDate))));
        return blocks;
    }

    private String title(Objective o) {
        String title = o.title().isBlank() ? texts.get("document.untitled") : o.title();
        return o.owner().isBlank() ? title : title + "\n" + texts.get("document.objectives.owner", o.owner());
    }

    /** The metric and, in brackets, the unit its figures are in. */
    private String kpi(Objective o) {
        String metric = o.kpiMetric().isBlank() ? texts.dash() : o.kpiMetric();
        return o.unit().isBlank() ? metric : texts.get("document.objectives.kpiUnit", metric, o.unit().strip());
    }

    private String number(java.math.BigDecimal value) {
        return value == null ? texts.dash() : texts.number(value);
    }

    private String latest(Progress progress, Objective o) {
        if (progress.latest().isEmpty()) {
            return texts.dash();
        }
        Actual a = progress.latest().get();
        return texts.get("document.objectives.latestValue", texts.number(a.value()), texts.date(a.date()));
    }

    private String status(Progress progress) {
        if (progress.latest().isPresent() && !progress.hasTrajectory()) {
            return texts.get("feedback.summary.noTrajectory");
        }
        return texts.get("status." + progress.status().id());
    }
}
