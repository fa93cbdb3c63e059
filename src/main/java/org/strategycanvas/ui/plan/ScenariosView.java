package org.strategycanvas.ui.plan;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.strategycanvas.i18n.Messages;
import org.strategycanvas.ui.editor.Editor;

/** The "Scenarios" tab: the comparison of the budget scenarios, their names editable over their columns. */
final class ScenariosView extends VBox {

    ScenariosView(Messages messages, Editor editor) {
        Label refusal = new Label();
        refusal.setId("scenario-name-refusal");
        refusal.getStyleClass().add("scenario-refusal");
        refusal.setWrapText(true);
        refusal.managedProperty().bind(refusal.visibleProperty());
        refusal.setVisible(false);
        ScenarioComparisonView comparison = new ScenarioComparisonView(messages, editor, text -> {
            refusal.setText(text);
            refusal.setVisible(!text.isEmpty());
        });
        comparison.setId("scenario-comparison");
        ScrollPane scroll = new ScrollPane(comparison);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(refusal, scroll);
        setPadding(new Insets(6));
        setSpacing(4);
    }
}
