package org.strategycanvas.ui.plan;

import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * Makes a wrapping text area as tall as its text (or its prompt while empty), between a least and a most number of lines, so that a
 * form reads without scrolling inside each field. The text is measured at the area's width, minus the
 * room its padding takes.
 */
final class FitToText {

    /** Width lost to the area's padding and borders, on the safe side (a line too many, never one too few). */
    private static final double INSETS = 28;

    private final TextArea area;
    private final int minRows;
    private final int maxRows;
    private final Text measure = new Text();

    private FitToText(TextArea area, int minRows, int maxRows) {
        this.area = area;
        this.minRows = minRows;
        this.maxRows = maxRows;
    }

    static void apply(TextArea area, int minRows, int maxRows) {
        FitToText fit = new FitToText(area, minRows, maxRows);
        area.setWrapText(true);
        area.setPrefRowCount(minRows);
        area.textProperty().addListener((obs, old, text) -> fit.update());
        area.widthProperty().addListener((obs, old, width) -> fit.update());
        area.fontProperty().addListener((obs, old, font) -> fit.update());
        area.promptTextProperty().addListener((obs, old, prompt) -> fit.update());
    }

    private void update() {
        double wrap = area.getWidth() - INSETS;
        if (wrap <= 0) {
            return;
        }
        measure.setFont(area.getFont());
        measure.setWrappingWidth(0);
        measure.setText("X");
        double line = measure.getLayoutBounds().getHeight();
        measure.setWrappingWidth(wrap);
        String text = area.getText().isEmpty() && area.getPromptText() != null ? area.getPromptText() : area.getText();
        measure.setText(text.isEmpty() || text.endsWith("\n") ? text + "X" : text);
        int lines = (int) Math.round(measure.getLayoutBounds().getHeight() / line);
        area.setPrefRowCount(Math.max(minRows, Math.min(maxRows, lines)));
    }
}
