package org.strategycanvas.ui.inspector;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.scene.control.Label;
import javafx.scene.control.DatePicker;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.model.Objective;
import org.strategycanvas.ui.editor.Editor;
import org.strategycanvas.ui.format.Decimals;

/** Title and KPI (metric, unit, baseline, target, deadline) of one objective, and its measured values. */
final class ObjectiveForm extends ElementForm<Objective> {

    private final CommitTextField title = new CommitTextField(text -> update(o -> o.withCaption(text.strip())));
    private final CommitTextField metric = new CommitTextField(text -> update(o ->
            o.withKpi(text.strip(), o.unit(), o.baseline(), o.target(), o.deadline())));
    private final CommitTextField unit = new CommitTextField(text -> update(o ->
            o.withKpi(o.kpiMetric(), text.strip(), o.baseline(), o.target(), o.deadline())));
    private final CommitTextField baseline;
    private final CommitTextField target;
    private final DatePicker deadline = new DatePicker();
    private final Label served = new Label();
    private final MeasuresSection measures;
    private boolean showing;

    ObjectiveForm(Messages messages, Editor editor, Objective objective) {
        super(messages, "inspector.objective", editor, objective, Objective.class);
        baseline = numberField((o, v) -> o.withKpi(o.kpiMetric(), o.unit(), v, o.target(), o.deadline()));
        target = numberField((o, v) -> o.withKpi(o.kpiMetric(), o.unit(), o.baseline(), v, o.deadline()));
        deadline.valueProperty().addListener((obs, old, value) -> {
            if (!showing) {
                update(o -> o.withKpi(o.kpiMetric(), o.unit(), o.baseline(), o.target(), value));
            }
        });
        deadline.setMaxWidth(Double.MAX_VALUE);
        row("inspector.title", title);
        row("inspector.kpiMetric", metric);
        row("inspector.unit", unit);
        row("inspector.baseline", baseline);
        row("inspector.target", target);
        row("inspector.deadline", deadline);
        served.setWrapText(true);
        served.setId("inspector-served-by");
        row("inspector.servedBy", served);
        measures = wide(new MeasuresSection(messages, editor, objective.id()));
        show(objective);
    }

    /** A field for an optional number: blank clears it, text that is not a number is marked. */
    private CommitTextField numberField(BiFunction<Objective, BigDecimal, Objective> setter) {
        CommitTextField[] self = new CommitTextField[1];
        self[0] = new CommitTextField(text -> {
            Optional<BigDecimal> value = Decimals.parse(text, messages.locale());
            boolean valid = text.isBlank() || value.isPresent();
            self[0].markInvalid(!valid);
            if (valid) {
                update(o -> setter.apply(o, value.orElse(null)));
            }
        });
        return self[0];
    }

    @Override
    protected void show(Objective o) {
        showing = true;
        title.show(o.title());
        metric.show(o.kpiMetric());
        unit.show(o.unit());
        baseline.show(Decimals.format(o.baseline(), messages.locale()));
        target.show(Decimals.format(o.target(), messages.locale()));
        deadline.setValue(o.deadline());
        served.setText(servedCaptions(o.id(), false));
        measures.show(editor.project(), o);
        showing = false;
    }
}
