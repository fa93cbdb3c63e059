package org.strategycanvas.render;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Family;
import org.strategycanvas.model.Media;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.Touchpoint;
import org.strategycanvas.model.mix.Mix;
import org.strategycanvas.model.mix.PlanMix;
import org.strategycanvas.model.plan.Budgets;
import org.strategycanvas.model.plan.Scenario;
import org.strategycanvas.model.plan.ScenarioBudgets;

/**
 * The budget scenarios side by side, one column each: the total (the actions plus the standing budgets),
 * the totals by family and by touchpoint (see {@link ScenarioBudgets}), the actions without a touchpoint, the
 * actions' budgets by calendar month from the plan start, and the budget-weighted media mix each scenario
 * would produce. The active scenario's column is framed and says so in words, so it reads on paper too.
 */
public final class ScenarioComparisonPainter {

    /** The height of the line that holds the scenarios' names, at the top. */
    public static final double NAME_LINE = 30;
    private static final double MARK_LINE = 20;
    private static final double ROW = 20;
    private static final double MIX_ROW = 46;
    private static final double PAD = 8;
    private static final TextStyle TEXT = TextStyle.plain(11);
    private static final TextStyle BOLD = TextStyle.bold(11);
    private static final TextStyle NAME = TextStyle.bold(13);
    private static final Rgb ACTIVE_TINT = Palette.SELECTION.withAlpha(0.07);

    private final Messages messages;
    private final CardTexts texts;
    private final DateTimeFormatter month;

    public ScenarioComparisonPainter(Messages messages) {
        this.messages = messages;
        this.texts = new CardTexts(messages);
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", messages.locale());
    }

    /** The width of the column of row labels, left of the scenarios' columns. */
    public static double labelWidth(double width) {
        return Math.max(150, Math.min(280, width * 0.3));
    }

    /** The left edge of scenario {@code i}'s column, in a table drawn at {@code x} with this width. */
    public static double columnLeft(double x, double width, int count, int i) {
        return x + labelWidth(width) + i * columnWidth(width, count);
    }

    public static double columnWidth(double width, int count) {
        return Math.max(90, (width - labelWidth(width)) / Math.max(1, count));
    }

    /** The height the table of this project needs. */
    public double height(Project project) {
        return height(rows(project));
    }

    private static double height(List<Row> rows) {
        double height = NAME_LINE + MARK_LINE;
        for (Row row : rows) {
            height += row.kind == Kind.MIX ? MIX_ROW : ROW;
        }
        return height;
    }

    /**
     * Draws the table with its top-left corner at (x, y).
     *
     * @param names false when the names are shown by something else over the name line (editable fields)
     */
    public void paint(Surface s, Project project, double x, double y, double width, boolean names) {
        List<Scenario> scenarios = project.scenarios();
        int count = scenarios.size();
        double colWidth = columnWidth(width, count);
        double right = columnLeft(x, width, count, count);
        List<Row> rows = rows(project);
        double height = height(rows);
        String currency = project.info().currency();
        int active = activeIndex(project);
        if (active >= 0) {
            s.fillRect(columnLeft(x, width, count, active), y, colWidth, height, ACTIVE_TINT);
        }
        for (int i = 0; i < count; i++) {
            double left = columnLeft(x, width, count, i);
            if (names) {
                s.text(TextFit.ellipsize(s, scenarios.get(i).name(), NAME, colWidth - 2 * PAD), left + PAD,
                        y + NAME_LINE - 9, NAME, Palette.INK);
            }
            if (i == active) {
                s.text(TextFit.ellipsize(s, messages.get("scenarios.active"), BOLD, colWidth - 2 * PAD), left + PAD,
                        y + NAME_LINE + 14, BOLD, Palette.SELECTION);
            }
        }
        double top = y + NAME_LINE + MARK_LINE;
        s.line(x, top, right, top, Palette.INK, 1, Surface.SOLID);
        for (Row row : rows) {
            top = paintRow(s, row, x, top, width, count, currency);
        }
        if (active >= 0) {
            s.strokeRect(columnLeft(x, width, count, active) + 1, y + 1, colWidth - 2, height - 2, Palette.SELECTION,
                    2);
        }
    }

    private double paintRow(Surface s, Row row, double x, double top, double width, int count, String currency) {
        double labelRoom = labelWidth(width) - PAD;
        double colWidth = columnWidth(width, count);
        switch (row.kind) {
            case HEADING:
                s.text(TextFit.ellipsize(s, row.label, BOLD, labelRoom + colWidth * count), x, top + ROW - 5, BOLD,
                        Palette.INK);
                s.line(x, top + ROW, columnLeft(x, width, count, count), top + ROW, Palette.GRID, 1, Surface.SOLID);
                return top + ROW;
            case NOTE:
                s.text(TextFit.ellipsize(s, row.label, TEXT, labelRoom + colWidth * count), x + PAD, top + ROW - 6,
                        TEXT, Palette.MUTED_INK);
                return top + ROW;
            case MIX:
                legend(s, x + PAD, top + 4);
                for (int i = 0; i < count; i++) {
                    mix(s, row.mixes.get(i), columnLeft(x, width, count, i) + PAD, top + 6, colWidth - 2 * PAD);
                }
                return top + MIX_ROW;
            default:
                TextStyle style = row.kind == Kind.TOTAL ? BOLD : TEXT;
                double indent = row.kind == Kind.PART ? 2 * PAD : row.kind == Kind.TOTAL ? 0 : PAD;
                s.text(TextFit.ellipsize(s, row.label, style, labelRoom - indent), x + indent, top + ROW - 6, style,
                        row.kind == Kind.PART ? Palette.MUTED_INK : Palette.INK);
                for (int i = 0; i < count; i++) {
                    String amount = TextFit.ellipsize(s, texts.money(row.amounts.get(i), currency), style,
                            colWidth - 2 * PAD);
                    double right = columnLeft(x, width, count, i) + colWidth - PAD;
                    s.text(amount, right - s.textWidth(amount, style), top + ROW - 6, style, Palette.INK);
                }
                return top + ROW;
        }
    }

    /** Owned, earned and paid stacked under each other with their short letters: the key to the bars. */
    private void legend(Surface s, double x, double y) {
        double top = y;
        for (Media media : Media.values()) {
            MediaBars.swatch(s, media, x, top + 2, 9, 9);
            s.text(messages.get("media." + media.id()) + " (" + messages.get("media." + media.id() + ".short") + ")",
                    x + 14, top + 10, TEXT, Palette.MUTED_INK);
            top += 13;
        }
    }

    private void mix(Surface s, Mix mix, double x, double y, double width) {
        if (mix.isEmpty()) {
            s.text(TextFit.ellipsize(s, messages.get("plan.mix.none"), TEXT, width), x, y + 10, TEXT,
                    Palette.MUTED_INK);
            return;
        }
        MediaBars.horizontal(s, mix.split().orElseThrow(), x, y, width, 12);
        s.text(TextFit.ellipsize(s, texts.split(mix.split().orElseThrow()), TEXT, width), x, y + 26, TEXT,
                Palette.INK);
        if (mix.fellBackToEqual()) {
            s.text(TextFit.ellipsize(s, messages.get("scenarios.mix.unweighted"), TEXT, width), x, y + 38, TEXT,
                    Palette.MUTED_INK);
        }
    }

    private static int activeIndex(Project project) {
        List<Scenario> scenarios = project.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).id().equals(project.activeScenario())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The table's rows, each with one figure per scenario in the scenarios' order (the mix row has one mix per
     * scenario instead): what the printed plan sets in its own table.
     */
    public List<Row> rows(Project project) {
        List<Scenario> scenarios = project.scenarios();
        Budgets actions = new Budgets(project.actions(), project.touchpoints());
        List<ScenarioBudgets> budgets = scenarios.stream().map(sc -> project.budgetsIn(sc.id())).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.amounts(Kind.TOTAL, messages.get("scenarios.total"),
                each(scenarios, i -> budgets.get(i).total().add(actions.unassigned(scenarios.get(i).id())))));
        rows.add(Row.amounts(Kind.PART, messages.get("scenarios.fromActions"),
                each(scenarios, i -> actions.total(scenarios.get(i).id()))));
        rows.add(Row.amounts(Kind.PART, messages.get("scenarios.standing"),
                each(scenarios, i -> budgets.get(i).standing())));
        rows.add(Row.heading(messages.get("scenarios.byFamily")));
        for (Family family : Family.values()) {
            if (project.touchpoints().stream().anyMatch(t -> t.family() == family)) {
                rows.add(Row.amounts(Kind.AMOUNT, messages.get("family." + family.id()),
                        each(scenarios, i -> budgets.get(i).byFamily().getOrDefault(family, BigDecimal.ZERO))));
            }
        }
        rows.add(Row.amounts(Kind.AMOUNT, messages.get("scenarios.unassigned"),
                each(scenarios, i -> actions.unassigned(scenarios.get(i).id()))));
        rows.add(Row.heading(messages.get("scenarios.byTouchpoint")));
        for (Touchpoint t : project.touchpoints()) {
            rows.add(Row.amounts(Kind.AMOUNT, t.label(), each(scenarios, i -> budgets.get(i).of(t.id()))));
        }
        rows.add(Row.heading(messages.get("scenarios.byMonth")));
        months(project, scenarios, actions, rows);
        rows.add(Row.heading(messages.get("scenarios.mix")));
        List<Mix> mixes = budgets.stream().map(b -> PlanMix.budgetWeighted(b.touchpoints())).toList();
        rows.add(new Row(Kind.MIX, "", List.of(), mixes));
        return rows;
    }

    /** Every month from the first to the last one any scenario spends in, gaps included. */
    private void months(Project project, List<Scenario> scenarios, Budgets actions, List<Row> rows) {
        List<Map<YearMonth, BigDecimal>> byMonth = scenarios.stream()
                .map(sc -> actions.byMonth(sc.id(), project.info().planStart())).toList();
        TreeMap<YearMonth, Boolean> seen = new TreeMap<>();
        byMonth.forEach(m -> m.keySet().forEach(k -> seen.put(k, true)));
        if (seen.isEmpty()) {
            rows.add(new Row(Kind.NOTE, messages.get("scenarios.noMonth"), List.of(), List.of()));
            return;
        }
        for (YearMonth m = seen.firstKey(); !m.isAfter(seen.lastKey()); m = m.plusMonths(1)) {
            YearMonth current = m;
            String label = month.format(m);
            String capitalized = label.substring(0, 1).toUpperCase(messages.locale()) + label.substring(1);
            rows.add(Row.amounts(Kind.AMOUNT, capitalized,
                    each(scenarios, i -> byMonth.get(i).getOrDefault(current, BigDecimal.ZERO))));
        }
    }

    private static List<BigDecimal> each(List<Scenario> scenarios, IntFunction<BigDecimal> figure) {
        List<BigDecimal> figures = new ArrayList<>(scenarios.size());
        for (int i = 0; i < scenarios.size(); i++) {
            figures.add(figure.apply(i));
        }
        return figures;
    }

    /** A row's role: the total, a part of it, a heading, an amount, a note, or the mixes. */
    public enum Kind { TOTAL, PART, HEADING, AMOUNT, NOTE, MIX }

    /** A row of the comparison: its label and one amount (or one mix) per scenario. */
    public record Row(Kind kind, String label, List<BigDecimal> amounts, List<Mix> mixes) {
        static Row amounts(Kind kind, String label, List<BigDecimal> amounts) {
            return new Row(kind, label, amounts, List.of());
        }

        static Row heading(String label) {
            return new Row(Kind.HEADING, label, List.of(), List.of());
        }
    }
}
