package org.strategycanvas.ui.start;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;

/** A step of free texts, each a labelled area: the purpose; the starting point and the future state. */
final class TextsStep implements WizardStep {

    private final String key;
    private final List<TextArea> areas = new ArrayList<>();
    private final VBox view = new VBox(6);

    /** @param fields the brief's field names ("purpose"), labelled and prompted as the brief labels them */
    TextsStep(Messages messages, String key, String... fields) {
        this.key = key;
        for (String field : fields) {
            TextArea area = new TextArea();
            area.setId("wizard-" + field);
            area.setWrapText(true);
            area.setPrefRowCount(3);
            area.setPromptText(messages.get("brief.prompt." + field));
            // Tab goes to the next field (Shift+Tab back) rather than typing a tab, as in the brief.
            area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                    e.consume();
                    area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                            e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
                }
            });
            Label label = new Label(messages.get("brief.label." + field));
            label.getStyleClass().add("wizard-field-label");
            label.setLabelFor(area);
            area.setAccessibleText(label.getText());
            if (fields.length > 1) { // a single field is named by the step's title already
                view.getChildren().add(label);
            }
            view.getChildren().add(area);
            areas.add(area);
        }
        view.getStyleClass().add("wizard-texts");
    }

    /** The text typed in the i-th area. */
    String text(int i) {
        return areas.get(i).getText();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node firstField() {
        return areas.get(0);
    }

    @Override
    public void clear() {
        areas.forEach(TextArea::clear);
    }

    @Override
    public ObservableBooleanValue valid() {
        return new SimpleBooleanProperty(true);
    }
}
