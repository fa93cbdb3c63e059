package org.strategycanvas.export.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.JourneyStage;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.mix.Mix;
import org.strategycanvas.model.mix.PlanMix;
import org.strategycanvas.model.plan.ScenarioBudgets;

/**
 * The touchpoints, one table per family that has some: each one's type, owned / earned / paid mix, budget in
 * the active scenario (its actions' budgets, or its own when it has none) and the journey stages it serves;
 * the family's budget-weighted mix and total last. Left out when the canvas has no touchpoint.
 */
final class TouchpointsSection {

    private final DocumentTexts texts;

    TouchpointsSection(DocumentTexts texts) {
        this.texts = texts;
    }

    List<Block> blocks(Project project) {
        if (project.touchpoints().isEmpty()) {
            return List.of();
        }
        ScenarioBudgets budgets = project.activeBudgets();
        String currency = project.info().currency();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Heading.section(texts.get("document.section.touchpoints")));
        blocks.add(Paragraph.note(texts.get("document.touchpoints.budgetNote", PlanDocument.activeName(project))));
        for (Family family : Family.values()) {
            List<Touchpoint> ofFamily = budgets.touchpoints().stream().filter(t -> t.family() == family).toList();
            if (ofFamily.isEmpty()) {
                continue;
            }
            blocks.add(Heading.sub(texts.get("family." + family.id()) + " \u00b7 "
                    + texts.get("document.touchpoints.count", ofFamily.size())));
            List<Table.Row> rows = new ArrayList<>();
            for (Touchpoint t : ofFamily) {
                rows.add(Table.Row.of(Cell.text(label(t)), Cell.text(texts.get("type." + t.type().id())),
                        Cell.mix(t.split(), texts.cards().split(t.split())),
                        Cell.text(budget(budgets, t, currency)), Cell.text(stages(t))));
            }
            Mix mix = PlanMix.budgetWeighted(ofFamily);
            BigDecimal total = ofFamily.stream().map(Touchpoint::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(Table.Row.total(Cell.text(texts.get("document.touchpoints.total")), Cell.text(""),
                    mix.split().map(s -> Cell.mix(s, texts.cards().split(s))).orElse(Cell.text(texts.dash())),
                    Cell.text(texts.money(total, currency)), Cell.text("")));
            blocks.add(Table.of(List.of(
                    Table.Column.left(texts.get("document.touchpoints.label"), 2.4),
                    Table.Column.left(texts.get("document.touchpoints.type"), 1.4),
                    Table.Column.left(texts.get("document.touchpoints.mix"), 1.9),
                    Table.Column.right(texts.get("document.touchpoints.budget"), 1.1),
                    Table.Column.left(texts.get("document.touchpoints.stages"), 1.7)), rows,
                    texts.get("document.continued")));
        }
        return blocks;
    }

    private String label(Touchpoint t) {
        return t.label().isBlank() ? texts.get("type." + t.type().id()) : t.label();
    }

    /** "1 200 €", and under it how many actions it comes from, if any. */
    private String budget(ScenarioBudgets budgets, Touchpoint t, String currency) {
        String amount = texts.money(t.budget(), currency);
        int actions = budgets.actionCount(t.id());
        return actions == 0 ? amount : amount + "\n" + texts.get("document.touchpoints.actions", actions);
    }

    private String stages(Touchpoint t) {
        if (t.stages().isEmpty()) {
            return texts.dash();
        }
        List<String> names = new ArrayList<>();
        for (JourneyStage stage : JourneyStage.values()) {
            if (t.stages().contains(stage.id())) {
                names.add(texts.get("stage." + stage.id()));
            }
        }
        return String.join(", ", names);
    }
}
