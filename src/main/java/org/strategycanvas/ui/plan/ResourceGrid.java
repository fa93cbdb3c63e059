package org.strategycanvas.ui.plan;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Project;
import org.strategycanvas.model.plan.Resource;
import org.strategycanvas.model.plan.ResourceGaps;
import org.strategycanvas.model.plan.ResourceKind;
import org.strategycanvas.ui.inspector.CommitTextArea;
import org.strategycanvas.ui.inspector.CommitTextField;

/**
 * The resource inventory as a grid: staff, budget, time and expertise, each with what is available, what
 * is needed, its unit, the gap worked out from both (a shortfall stands out in the warning colour and in
 * words) and a note.
 */
final class ResourceGrid extends GridPane {

    private static final List<String> STATES = List.of("brief-gap-short", "brief-gap-covered", "brief-gap-unknown");

    private final Messages messages;
    private final BriefEdits edits;
    private final ResourceAmounts amounts;
    private final Map<ResourceKind, Row> rows = new EnumMap<>(ResourceKind.class);

    ResourceGrid(Messages messages, BriefEdits edits) {
        this.messages = messages;
        this.edits = edits;
        this.amounts = new ResourceAmounts(messages);
        getStyleClass().add("brief-resources");
        setHgap(14);
        setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints note = new ColumnConstraints();
        note.setHgrow(Priority.ALWAYS);
        note.setMinWidth(160);
        getColumnConstraints().addAll(name, amountColumn(), amountColumn(), new ColumnConstraints(),
                new ColumnConstraints(), note);
        String[] headers = {"", "brief.resources.available", "brief.resources.needed", "brief.resources.unit",
                "brief.resources.gap", "brief.resources.note"};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(headers[c].isEmpty() ? "" : messages.get(headers[c]));
            header.getStyleClass().add("brief-column-title");
            header.setMinWidth(USE_PREF_SIZE);
            add(header, c, 0);
        }
        int r = 1;
        for (ResourceKind kind : ResourceKind.values()) {
            rows.put(kind, new Row(kind, r++));
        }
    }

    private static ColumnConstraints amountColumn() {
        ColumnConstraints amount = new ColumnConstraints();
        amount.setMinWidth(USE_PREF_SIZE);
        amount.setHalignment(HPos.RIGHT);
        return amount;
    }

    void show(Project project) {
        String currency = project.info().currency();
        project.brief().resources().forEach((kind, resource) -> rows.get(kind).show(resource, currency));
    }

    /** One resource's line; each field commits its own change as one step. */
    private final class Row {
        private final ResourceKind kind;
        private final CommitTextField available;
        private final CommitTextField needed;
        private final CommitTextArea note;
        private final Label unit = new Label();
        private final Label gap = new Label();

        Row(ResourceKind kind, int row) {
            this.kind = kind;
            String id = "brief-" + kind.id();
            available = amountField(id + "-available", false);
            needed = amountField(id + "-needed", true);
            note = new CommitTextArea(text -> change(r -> new Resource(r.available(), r.needed(), text.strip())));
            note.setId(id + "-note");
            note.setMinHeight(USE_PREF_SIZE);
            FitToText.apply(note, 1, 4);
            BriefView.tabLeaves(note);
            Label name = new Label(messages.get("brief.resource." + kind.id()));
            name.getStyleClass().add("brief-resource-name");
            name.setLabelFor(available);
            name.setMinWidth(USE_PREF_SIZE);
            unit.getStyleClass().add("brief-unit");
            unit.setMinWidth(USE_PREF_SIZE);
            gap.setId(id + "-gap");
            gap.getStyleClass().add("brief-gap");
            gap.setMinWidth(USE_PREF_SIZE);
            addRow(row, name, available, needed, unit, gap, note);
        }

        private CommitTextField amountField(String id, boolean isNeeded) {
            CommitTextField[] self = new CommitTextField[1];
            self[0] = new CommitTextField(text -> {
                boolean valid = amounts.accepts(text);
                self[0].markInvalid(!valid);
                if (valid) {
                    BigDecimal value = amounts.valueOf(text);
                    change(r -> isNeeded ? new Resource(r.available(), value, r.note())
                            : new Resource(value, r.needed(), r.note()));
                }
            });
            self[0].setId(id);
            self[0].setAlignment(Pos.CENTER_RIGHT);
            self[0].setPrefColumnCount(5);
            self[0].setMinWidth(USE_PREF_SIZE);
            return self[0];
        }

        private void change(UnaryOperator<Resource> edit) {
            edits.apply("command.brief.resource", b -> {
                Resource before = b.resources().get(kind);
                Resource after = edit.apply(before);
                return sameAmounts(before, after) ? b : b.withResource(kind, after);
            });
        }

        void show(Resource resource, String currency) {
            showAmount(available, resource.available());
            showAmount(needed, resource.needed());
            note.show(resource.note());
            unit.setText(amounts.unit(kind, currency));
            var known = ResourceGaps.of(kind, resource);
            gap.setText(amounts.gap(kind, known, currency));
            gap.getStyleClass().removeAll(STATES);
            gap.getStyleClass().add(known.isEmpty() ? STATES.get(2) : known.get().isShort() ? STATES.get(0)
                    : STATES.get(1));
        }

        private void showAmount(CommitTextField field, BigDecimal amount) {
            field.show(amounts.field(amount));
            if (!field.isFocused()) {
                field.markInvalid(false);
            }
        }
    }

    /** 1000 and 1000.00 are the same amount: retyping it is no change. */
    private static boolean sameAmounts(Resource a, Resource b) {
        return same(a.available(), b.available()) && same(a.needed(), b.needed()) && a.note().equals(b.note());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
