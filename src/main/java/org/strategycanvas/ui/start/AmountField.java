package org.strategycanvas.ui.start;

import java.math.BigDecimal;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.format.Decimals;

/**
 * A field for an amount as people type it ("1 200,50" in French): blank is unknown; anything else that is
 * not a number, or not allowed here, frames the field in red until corrected.
 */
final class AmountField extends TextField {

    private final Locale locale;
    private final boolean positiveOnly;
    private final BooleanBinding valid;

    /** @param positiveOnly zero or more with at most two decimals (resources), or any number (a KPI target) */
    AmountField(Locale locale, boolean positiveOnly) {
        this.locale = locale;
        this.positiveOnly = positiveOnly;
        this.valid = Bindings.createBooleanBinding(() -> accepts(getText()), textProperty());
        getStyleClass().add("wizard-amount");
        valid.addListener((obs, was, ok) -> {
            if (ok) {
                getStyleClass().remove("invalid");
            } else if (!getStyleClass().contains("invalid")) {
                getStyleClass().add("invalid");
            }
        });
    }

    /** A line that says what is expected, shown while some amount of the step cannot be kept. */
    static Label problem(Messages messages, ObservableBooleanValue valid) {
        Label problem = new Label(messages.get("start.wizard.notANumber"));
        problem.getStyleClass().add("wizard-problem");
        problem.setWrapText(true);
        problem.visibleProperty().bind(Bindings.createBooleanBinding(() -> !valid.get(), valid));
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    BooleanBinding validProperty() {
        return valid;
    }

    /** The amount typed, or null when blank or not acceptable. */
    BigDecimal amount() {
        String text = getText() == null ? "" : getText();
        return accepts(text) ? Decimals.parse(text, locale).orElse(null) : null;
    }

    private boolean accepts(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        BigDecimal amount = Decimals.parse(text, locale).orElse(null);
        if (amount == null) {
            return false;
        }
        return !positiveOnly || (amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2);
    }
}
