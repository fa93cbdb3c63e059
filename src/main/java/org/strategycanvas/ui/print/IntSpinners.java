package org.strategycanvas.ui.print;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Whole-number spinners that can be typed into: text that is not a number in range puts the last value back. */
final class IntSpinners {

    private IntSpinners() {
    }

    static Spinner<Integer> of(int min, int max, int initial, String id) {
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial);
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int typed = Integer.parseInt(text.strip());
                    return Math.max(min, Math.min(max, typed));
                } catch (NumberFormatException e) {
                    return values.getValue();
                }
            }
        });
        Spinner<Integer> spinner = new Spinner<>(values);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(76);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        return spinner;
    }
}
