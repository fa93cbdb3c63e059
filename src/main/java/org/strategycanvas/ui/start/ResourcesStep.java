package org.strategycanvas.ui.start;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.plan.Resource;
import org.strategycanvas.model.plan.ResourceKind;

/**
 * The resources: staff, budget, time and expertise, each with what there is and what the plan needs, in the
 * units of the brief (people, the plan's currency, hours a week, skills). Blank is "do not know yet".
 */
final class ResourcesStep implements WizardStep {

    private final Map<ResourceKind, AmountField[]> fields = new EnumMap<>(ResourceKind.class);
    private final VBox view;
    private final BooleanBinding valid;
    private final AmountField first;

    ResourcesStep(Messages messages, String currency) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("wizard-grid");
        grid.setHgap(14);
        grid.setVgap(8);
        grid.add(header(messages, "brief.resources.available"), 1, 0);
        grid.add(header(messages, "brief.resources.needed"), 2, 0);
        BooleanBinding allValid = null;
        int row = 1;
        for (ResourceKind kind : ResourceKind.values()) {
            AmountField available = new AmountField(messages.locale(), true);
            available.setId("wizard-" + kind.id() + "-available");
            AmountField needed = new AmountField(messages.locale(), true);
            needed.setId("wizard-" + kind.id() + "-needed");
            Label name = new Label(messages.get("brief.resource." + kind.id()));
            name.setLabelFor(available);
            name.setMinWidth(Label.USE_PREF_SIZE);
            Label unit = new Label(unit(messages, kind, currency));
            unit.getStyleClass().add("wizard-unit");
            unit.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(row++, name, available, needed, unit);
            fields.put(kind, new AmountField[] {available, needed});
            BooleanBinding both = available.validProperty().and(needed.validProperty());
            allValid = allValid == null ? both : allValid.and(both);
        }
        this.valid = allValid;
        this.first = fields.get(ResourceKind.STAFF)[0];
        Label hint = new Label(messages.get("brief.resources.hint"));
        hint.getStyleClass().add("wizard-hint");
        hint.setWrapText(true);
        view = new VBox(12, grid, AmountField.problem(messages, valid), hint);
    }

    private static Label header(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("wizard-column-title");
        return label;
    }

    private static String unit(Messages messages, ResourceKind kind, String currency) {
        if (kind != ResourceKind.BUDGET) {
            return messages.get("brief.unit." + kind.id());
        }
        try {
            return Currency.getInstance(currency).getSymbol(messages.locale());
        } catch (IllegalArgumentException unknownCode) {
            return currency;
        }
    }

    /** The resources given a figure; those left blank on both sides are not answered. */
    Map<ResourceKind, Resource> resources() {
        Map<ResourceKind, Resource> result = new EnumMap<>(ResourceKind.class);
        fields.forEach((kind, pair) -> {
            BigDecimal available = pair[0].amount();
            BigDecimal needed = pair[1].amount();
            if (available != null || needed != null) {
                result.put(kind, new Resource(available, needed, ""));
            }
        });
        return result;
    }

    @Override
    public String key() {
        return "resources";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node firstField() {
        return first;
    }

    @Override
    public void clear() {
        fields.values().forEach(pair -> {
            pair[0].clear();
            pair[1].clear();
        });
    }

    @Override
    public ObservableBooleanValue valid() {
        return valid;
    }
}
