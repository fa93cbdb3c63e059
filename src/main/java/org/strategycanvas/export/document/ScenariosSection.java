package org.strategycanvas.export.document;

import java.util.ArrayList;
import java.util.List;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.mix.Mix;
import org.strategycanvas.model.plan.Scenario;
import org.strategycanvas.render.ScenarioComparisonPainter;

/**
 * The budget scenarios side by side, with the figures of the plan panel's comparison (total, by family, by
 * touchpoint, by month, and the mix each would give), set as a table so that long names are printed whole
 * and the scenarios' names head every page it runs onto. The active scenario says so in its column's title.
 * Left out when the plan has neither touchpoint nor action.
 */
final class ScenariosSection {

    private final Messages messages;
    private final DocumentTexts texts;

    ScenariosSection(Messages messages, DocumentTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    List<Block> blocks(Project project) {
        if (project.touchpoints().isEmpty() && project.actions().isEmpty()) {
            return List.of();
        }
        String currency = project.info().currency();
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.left("", 1.6));
        for (Scenario sc : project.scenarios()) {
            String name = sc.id().equals(project.activeScenario())
                    ? texts.get("document.scenarios.activeName", sc.name()) : sc.name();
            columns.add(Table.Column.right(name, 1));
        }
        List<Table.Row> rows = new ArrayList<>();
        for (ScenarioComparisonPainter.Row row : new ScenarioComparisonPainter(messages).rows(project)) {
            switch (row.kind()) {
                case HEADING:
                case NOTE:
                    rows.add(Table.Row.group(row.label()));
                    break;
                case MIX:
                    rows.add(mixes(row.mixes()));
                    break;
                default:
                    List<Cell> cells = new ArrayList<>();
                    cells.add(row.kind() == ScenarioComparisonPainter.Kind.PART
                            ? Cell.muted(row.label()) : Cell.text(row.label()));
                    row.amounts().forEach(a -> cells.add(Cell.text(texts.money(a, currency))));
                    rows.add(new Table.Row(cells, row.kind() == ScenarioComparisonPainter.Kind.TOTAL
                            ? Table.RowKind.TOTAL : Table.RowKind.NORMAL));
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Heading.section(texts.get("document.section.scenarios")));
        blocks.add(Paragraph.note(texts.get("document.scenarios.note")));
        blocks.add(Table.of(columns, rows, texts.get("document.continued")));
        return blocks;
    }

    private Table.Row mixes(List<Mix> mixes) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(texts.get("document.mix.split")));
        for (Mix mix : mixes) {
            if (mix.isEmpty()) {
                cells.add(Cell.muted(texts.get("plan.mix.none")));
            } else {
                String words = texts.cards().split(mix.split().orElseThrow());
                if (mix.fellBackToEqual()) {
                    words += "\n" + texts.get("scenarios.mix.unweighted");
                }
                cells.add(Cell.mix(mix.split().orElseThrow(), words));
            }
        }
        return new Table.Row(cells, Table.RowKind.NORMAL);
    }
}
